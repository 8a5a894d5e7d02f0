package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** RunInstances and DescribeInstances; the state changes live in {@link InstanceLifecycle}. */
final class InstanceOperations {

  private static final Set<String> FILTERS =
      Set.of(
          "instance-id",
          "instance-state-name",
          "instance-state-code",
          "instance-type",
          "image-id",
          "vpc-id",
          "subnet-id",
          "availability-zone",
          "private-ip-address",
          "reservation-id",
          "key-name",
          "instance.group-id",
          "instance.group-name");

  private final Ec2Store store;

  InstanceOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("RunInstances", this::run)
            .on(call -> Ec2Resources.arn(call, "instance/*"))
            // Tags given at launch are applied by ec2:CreateTags, which the caller needs too.
            .alsoNeeds(
                call ->
                    call.params().keySet().stream().anyMatch(k -> k.startsWith("TagSpecification."))
                        ? List.of("CreateTags")
                        : List.of()),
        Operation.read("DescribeInstances", this::describe));
  }

  private Outcome run(ApiCall call) {
    Map<String, String> params = call.params();
    String imageId = params.get("ImageId");
    if (imageId == null || imageId.isBlank()) {
      throw Ec2Errors.missing("ImageId");
    }
    String type = params.getOrDefault("InstanceType", "m1.small");
    int vcpus =
        InstanceTypes.vcpus(type).orElseThrow(() -> Ec2Errors.invalidValue(type, "InstanceType"));
    Integer min = Ec2Params.integer(params, "MinCount", null);
    Integer max = Ec2Params.integer(params, "MaxCount", null);
    if (min == null) {
      throw Ec2Errors.missing("MinCount");
    }
    if (max == null) {
      throw Ec2Errors.missing("MaxCount");
    }
    if (min < 1 || max < min) {
      throw Ec2Errors.client(
          "InvalidParameterValue",
          "Invalid value for MinCount/MaxCount: MinCount must be at least 1 and not above"
              + " MaxCount.");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> groups = groups(region, params);
      String keyName = params.get("KeyName");
      if (keyName != null && !region.keyPairs.containsKey(keyName)) {
        throw Ec2Errors.client(
            "InvalidKeyPair.NotFound", "The key pair '" + keyName + "' does not exist");
      }
      String quota = InstanceTypes.quotaOf(type);
      int limit = store.quota(quota);
      int used =
          region.instances.values().stream()
              .filter(i -> i.state.countsAgainstQuota())
              .filter(i -> InstanceTypes.quotaOf(i.type).equals(quota))
              .mapToInt(Ec2Instance::vcpus)
              .sum();
      if (used + min * vcpus > limit) {
        throw Ec2Errors.vcpuLimitExceeded(limit);
      }
      // Like EC2, launch as many as MaxCount asks for if the quota allows, at least MinCount.
      int count = Math.min(max, (limit - used) / vcpus);
      String reservationId = Ec2Ids.next("r");
      Map<String, String> tags = Ec2Tags.specified(params, "instance");
      List<Ec2Instance> launched = new ArrayList<>();
      for (int index = 0; index < count; index++) {
        Ec2Instance instance =
            new Ec2Instance(
                reservationId,
                imageId,
                type,
                index,
                call.time(),
                region.network,
                region.nextPrivateIp(),
                params.get("KeyName"),
                params.get("ClientToken"),
                instanceProfile(call),
                groups);
        instance.disableApiTermination = Ec2Params.bool(params, "DisableApiTermination");
        region.instances.put(instance.id, instance);
        if (!tags.isEmpty()) {
          region.tags.put(instance.id, new LinkedHashMap<>(tags));
        }
        launched.add(instance);
      }
      ObjectNode body = reservation(reservationId, launched, region, true);
      return Ec2Outcomes.written(call, body)
          .about(
              launched.stream()
                  .map(i -> new ResourceRef("AWS::EC2::Instance", i.id))
                  .toArray(ResourceRef[]::new));
    }
  }

  private ObjectNode reservation(
      String reservationId, List<Ec2Instance> instances, Ec2Region region, boolean launching) {
    ObjectNode body = Json.object();
    body.put("reservationId", reservationId);
    body.put("ownerId", store.accountId);
    body.set("groupSet", Json.object());
    body.set(
        "instancesSet",
        Ec2Json.items(
            instances,
            i -> Ec2Json.instance(i, region, launching ? InstanceState.PENDING : i.state)));
    return body;
  }

  private static List<String> groups(Ec2Region region, Map<String, String> params) {
    List<String> ids = new ArrayList<>(Ec2Params.values(params, "SecurityGroupId"));
    for (String id : ids) {
      if (!region.groups.containsKey(id)) {
        throw Ec2Errors.groupNotFound(id);
      }
    }
    for (String name : Ec2Params.values(params, "SecurityGroup")) {
      SecurityGroup group = region.groupNamed(name);
      if (group == null) {
        throw Ec2Errors.groupNameNotFound(name, region.network.vpcId());
      }
      ids.add(group.id);
    }
    return ids.isEmpty() ? List.of(region.defaultGroupId) : List.copyOf(ids);
  }

  private String instanceProfile(ApiCall call) {
    Map<String, String> profile = Ec2Params.struct(call.params(), "IamInstanceProfile");
    if (profile.get("Arn") != null) {
      return profile.get("Arn");
    }
    String name = profile.get("Name");
    return name == null ? null : "arn:aws:iam::" + store.accountId + ":instance-profile/" + name;
  }

  private Outcome describe(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = Ec2Params.values(call.params(), "InstanceId");
      InstanceLifecycle.requireInstances(region, ids);
      Map<String, List<Ec2Instance>> byReservation = new LinkedHashMap<>();
      for (Ec2Instance instance : region.instances.values()) {
        if ((ids.isEmpty() || ids.contains(instance.id))
            && filters.test(region.tagsOf(instance.id), name -> values(instance, region, name))) {
          byReservation
              .computeIfAbsent(instance.reservationId, r -> new ArrayList<>())
              .add(instance);
        }
      }
      ObjectNode body = Json.object();
      body.set(
          "reservationSet",
          Ec2Json.items(
              List.copyOf(byReservation.entrySet()),
              e -> reservation(e.getKey(), e.getValue(), region, false)));
      return Ec2Outcomes.read(body);
    }
  }

  private static List<String> values(Ec2Instance instance, Ec2Region region, String filter) {
    return switch (filter) {
      case "instance-id" -> List.of(instance.id);
      case "instance-state-name" -> List.of(instance.state.wireName());
      case "instance-state-code" -> List.of(String.valueOf(instance.state.code()));
      case "instance-type" -> List.of(instance.type);
      case "image-id" -> List.of(instance.imageId);
      case "vpc-id" -> List.of(instance.vpcId);
      case "subnet-id" -> List.of(instance.subnetId);
      case "availability-zone" -> List.of(instance.availabilityZone);
      case "private-ip-address" -> List.of(instance.privateIp);
      case "reservation-id" -> List.of(instance.reservationId);
      case "key-name" -> instance.keyName == null ? List.of() : List.of(instance.keyName);
      case "instance.group-id" -> instance.groupIds;
      case "instance.group-name" ->
          instance.groupIds.stream()
              .map(region.groups::get)
              .filter(g -> g != null)
              .map(g -> g.name)
              .toList();
      default -> List.of();
    };
  }
}
