package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stop, start, terminate, and the attributes that guard them. Each call answers the state the
 * instance is moving to ({@code stopping}, {@code pending}, {@code shutting-down}) and leaves it in
 * the state it reaches ({@code stopped}, {@code running}, {@code terminated}).
 */
final class InstanceLifecycle {

  private final Ec2Store store;

  InstanceLifecycle(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("TerminateInstances", this::terminate).on(InstanceLifecycle::instanceArn),
        Operation.write("StopInstances", this::stop).on(InstanceLifecycle::instanceArn),
        Operation.write("StartInstances", this::start).on(InstanceLifecycle::instanceArn),
        Operation.write("ModifyInstanceAttribute", this::modify)
            .on(call -> Ec2Resources.arn(call, "instance/" + call.param("InstanceId"))));
  }

  private static String instanceArn(ApiCall call) {
    return Ec2Resources.first(call, "InstanceId", "instance");
  }

  /** Throws unless every id is well-formed and names an instance of the region. */
  static void requireInstances(Ec2Region region, List<String> ids) {
    for (String id : ids) {
      if (!Ec2Ids.isInstanceId(id)) {
        throw Ec2Errors.malformedInstance(id);
      }
    }
    List<String> missing = ids.stream().filter(id -> !region.instances.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw Ec2Errors.instancesNotFound(missing);
    }
  }

  private List<Ec2Instance> instances(ApiCall call, Ec2Region region) {
    List<String> ids = Ec2Params.values(call.params(), "InstanceId");
    if (ids.isEmpty()) {
      throw Ec2Errors.missing("InstanceId");
    }
    requireInstances(region, ids);
    return ids.stream().distinct().map(region.instances::get).toList();
  }

  private Outcome terminate(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<Ec2Instance> instances = instances(call, region);
      for (Ec2Instance instance : instances) {
        if (instance.disableApiTermination) {
          throw Ec2Errors.client(
              "OperationNotPermitted",
              "The instance '"
                  + instance.id
                  + "' may not be terminated. Modify its 'disableApiTermination' instance"
                  + " attribute and try again.");
        }
      }
      List<ObjectNode> changes = new ArrayList<>();
      for (Ec2Instance instance : instances) {
        InstanceState previous = instance.state;
        boolean gone = previous == InstanceState.TERMINATED;
        instance.state = InstanceState.TERMINATED;
        changes.add(
            Ec2Json.stateChange(
                instance.id, gone ? previous : InstanceState.SHUTTING_DOWN, previous));
      }
      return changed(call, instances, changes);
    }
  }

  private Outcome stop(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<Ec2Instance> instances = instances(call, region);
      for (Ec2Instance instance : instances) {
        if (instance.state == InstanceState.TERMINATED) {
          throw Ec2Errors.incorrectState(instance.id, "stopped");
        }
      }
      List<ObjectNode> changes = new ArrayList<>();
      for (Ec2Instance instance : instances) {
        InstanceState previous = instance.state;
        boolean already = previous == InstanceState.STOPPED;
        instance.state = InstanceState.STOPPED;
        changes.add(
            Ec2Json.stateChange(
                instance.id, already ? previous : InstanceState.STOPPING, previous));
      }
      return changed(call, instances, changes);
    }
  }

  private Outcome start(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<Ec2Instance> instances = instances(call, region);
      for (Ec2Instance instance : instances) {
        if (instance.state == InstanceState.TERMINATED) {
          throw Ec2Errors.incorrectState(instance.id, "started");
        }
      }
      for (Ec2Instance instance : instances) {
        if (instance.state == InstanceState.STOPPED) {
          requireQuota(region, instance);
        }
      }
      List<ObjectNode> changes = new ArrayList<>();
      for (Ec2Instance instance : instances) {
        InstanceState previous = instance.state;
        boolean already = previous == InstanceState.RUNNING;
        instance.state = InstanceState.RUNNING;
        changes.add(
            Ec2Json.stateChange(instance.id, already ? previous : InstanceState.PENDING, previous));
      }
      return changed(call, instances, changes);
    }
  }

  // A stopped instance uses no vCPUs; starting it needs room in the quota again.
  private void requireQuota(Ec2Region region, Ec2Instance starting) {
    String quota = InstanceTypes.quotaOf(starting.type);
    int limit = store.quota(quota);
    int used =
        region.instances.values().stream()
            .filter(i -> i.state.countsAgainstQuota())
            .filter(i -> InstanceTypes.quotaOf(i.type).equals(quota))
            .mapToInt(Ec2Instance::vcpus)
            .sum();
    if (used + starting.vcpus() > limit) {
      throw Ec2Errors.vcpuLimitExceeded(limit);
    }
    // Count it at once, so that the next instance of the same call sees it.
    starting.state = InstanceState.PENDING;
  }

  private static Outcome changed(
      ApiCall call, List<Ec2Instance> instances, List<ObjectNode> changes) {
    ObjectNode body = Json.object();
    body.set("instancesSet", Ec2Json.items(changes, change -> change));
    return Ec2Outcomes.written(call, body)
        .about(
            instances.stream()
                .map(i -> new ResourceRef("AWS::EC2::Instance", i.id))
                .toArray(ResourceRef[]::new));
  }

  private Outcome modify(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      String id = call.param("InstanceId");
      if (id == null) {
        throw Ec2Errors.missing("InstanceId");
      }
      requireInstances(region, List.of(id));
      Ec2Instance instance = region.instances.get(id);
      List<String> groups = Ec2Params.values(call.params(), "GroupId");
      String disable = call.param("DisableApiTermination.Value");
      if (groups.isEmpty() && disable == null) {
        throw Ec2Errors.client(
            "InvalidParameterCombination",
            "The sandbox supports the attributes groupSet and disableApiTermination only.");
      }
      for (String group : groups) {
        if (!region.groups.containsKey(group)) {
          throw Ec2Errors.groupNotFound(group);
        }
      }
      if (!groups.isEmpty()) {
        instance.groupIds = List.copyOf(groups);
      }
      if (disable != null) {
        instance.disableApiTermination = Boolean.parseBoolean(disable);
      }
      return Ec2Outcomes.returned(call).about(new ResourceRef("AWS::EC2::Instance", id));
    }
  }
}
