package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.wire.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * EC2's resources in the shape its CloudTrail records (and, through {@link Ec2Xml}, its XML) use.
 */
final class Ec2Json {

  private Ec2Json() {}

  /** {@code {"items": [...]}}, the way EC2 records wrap every list; {@code {}} when empty. */
  static <T> ObjectNode items(List<T> values, Function<T, ObjectNode> each) {
    ObjectNode set = Json.object();
    if (!values.isEmpty()) {
      ArrayNode items = set.putArray("items");
      values.forEach(value -> items.add(each.apply(value)));
    }
    return set;
  }

  static ObjectNode tagSet(Map<String, String> tags) {
    return items(
        List.copyOf(tags.entrySet()),
        tag -> Json.object().put("key", tag.getKey()).put("value", tag.getValue()));
  }

  static ObjectNode state(InstanceState state) {
    return Json.object().put("code", state.code()).put("name", state.wireName());
  }

  static ObjectNode instance(Ec2Instance instance, Ec2Region region, InstanceState shown) {
    ObjectNode out = Json.object();
    out.put("instanceId", instance.id);
    out.put("imageId", instance.imageId);
    out.set("instanceState", state(shown));
    boolean gone = shown == InstanceState.TERMINATED;
    out.put("privateDnsName", gone ? "" : instance.privateDnsName(region.name));
    out.put("dnsName", "");
    if (instance.keyName != null) {
      out.put("keyName", instance.keyName);
    }
    out.put("amiLaunchIndex", instance.launchIndex);
    out.set("productCodes", Json.object());
    out.put("instanceType", instance.type);
    out.put("launchTime", instance.launchTime.toEpochMilli());
    out.set(
        "placement",
        Json.object()
            .put("availabilityZone", instance.availabilityZone)
            .put("groupName", "")
            .put("tenancy", "default"));
    out.set("monitoring", Json.object().put("state", "disabled"));
    if (!gone) {
      out.put("subnetId", instance.subnetId);
      out.put("vpcId", instance.vpcId);
      out.put("privateIpAddress", instance.privateIp);
    }
    if (shown == InstanceState.PENDING) {
      out.set("stateReason", Json.object().put("code", "pending").put("message", "pending"));
    }
    out.put("architecture", InstanceTypes.architecture(instance.type));
    out.put("rootDeviceType", "ebs");
    out.put("rootDeviceName", "/dev/xvda");
    out.set(
        "blockDeviceMapping", gone ? Json.object() : items(List.of(instance), Ec2Json::rootDevice));
    out.put("virtualizationType", "hvm");
    if (instance.clientToken != null) {
      out.put("clientToken", instance.clientToken);
    }
    Map<String, String> tags = region.tagsOf(instance.id);
    if (!tags.isEmpty()) {
      out.set("tagSet", tagSet(tags));
    }
    out.set(
        "groupSet",
        items(
            gone ? List.of() : instance.groupIds,
            id -> {
              SecurityGroup group = region.groups.get(id);
              ObjectNode item = Json.object().put("groupId", id);
              return group == null ? item : item.put("groupName", group.name);
            }));
    out.put("sourceDestCheck", true);
    out.put("hypervisor", "xen");
    if (instance.instanceProfileArn != null) {
      out.set("iamInstanceProfile", Json.object().put("arn", instance.instanceProfileArn));
    }
    out.put("ebsOptimized", false);
    out.put("enaSupport", true);
    int vcpus = instance.vcpus();
    int threads = vcpus > 1 ? 2 : 1;
    out.set(
        "cpuOptions",
        Json.object()
            .put("coreCount", Math.max(1, vcpus / threads))
            .put("threadsPerCore", threads));
    return out;
  }

  private static ObjectNode rootDevice(Ec2Instance instance) {
    return Json.object()
        .put("deviceName", "/dev/xvda")
        .set(
            "ebs",
            Json.object()
                .put("volumeId", instance.rootVolumeId)
                .put("status", "attached")
                .put("attachTime", instance.launchTime.toEpochMilli())
                .put("deleteOnTermination", true));
  }

  static ObjectNode stateChange(String id, InstanceState current, InstanceState previous) {
    ObjectNode out = Json.object().put("instanceId", id);
    out.set("currentState", state(current));
    out.set("previousState", state(previous));
    return out;
  }
}
