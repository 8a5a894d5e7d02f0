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

/**
 * EBS as far as attackers use it to take data out: each instance's root volume (8 GiB, gone with
 * the instance), snapshots of volumes, and the createVolumePermission that shares a snapshot with
 * another account or with everyone.
 */
final class VolumeOperations {

  static final int ROOT_VOLUME_GIB = 8;
  private static final Set<String> VOLUME_FILTERS =
      Set.of("volume-id", "attachment.instance-id", "status", "availability-zone");
  private static final Set<String> SNAPSHOT_FILTERS =
      Set.of("snapshot-id", "volume-id", "status", "owner-id");

  private final Ec2Store store;

  VolumeOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.read("DescribeVolumes", this::describeVolumes),
        Operation.write("CreateSnapshot", this::createSnapshot)
            .on(call -> "arn:aws:ec2:" + call.region() + "::snapshot/*"),
        Operation.read("DescribeSnapshots", this::describeSnapshots),
        Operation.write("ModifySnapshotAttribute", this::modifyAttribute)
            .on(VolumeOperations::snapshotArn),
        Operation.read("DescribeSnapshotAttribute", this::describeAttribute)
            .on(VolumeOperations::snapshotArn),
        Operation.write("DeleteSnapshot", this::deleteSnapshot).on(VolumeOperations::snapshotArn));
  }

  private static String snapshotArn(ApiCall call) {
    String id = call.param("SnapshotId");
    return id == null ? "*" : "arn:aws:ec2:" + call.region() + "::snapshot/" + id;
  }

  // A root volume lives as long as its instance, which deletes it on termination.
  private static Map<String, Ec2Instance> volumes(Ec2Region region) {
    Map<String, Ec2Instance> volumes = new LinkedHashMap<>();
    for (Ec2Instance instance : region.instances.values()) {
      if (instance.state != InstanceState.TERMINATED) {
        volumes.put(instance.rootVolumeId, instance);
      }
    }
    return volumes;
  }

  private Outcome describeVolumes(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), VOLUME_FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      Map<String, Ec2Instance> volumes = volumes(region);
      List<String> ids = Ec2Params.values(call.params(), "VolumeId");
      for (String id : ids) {
        if (!volumes.containsKey(id)) {
          throw Ec2Errors.client(
              "InvalidVolume.NotFound", "The volume '" + id + "' does not exist.");
        }
      }
      List<ObjectNode> found = new ArrayList<>();
      volumes.forEach(
          (id, instance) -> {
            boolean passes =
                filters.test(
                    region.tagsOf(id),
                    filter ->
                        switch (filter) {
                          case "volume-id" -> List.of(id);
                          case "attachment.instance-id" -> List.of(instance.id);
                          case "status" -> List.of("in-use");
                          case "availability-zone" -> List.of(instance.availabilityZone);
                          default -> List.of();
                        });
            if ((ids.isEmpty() || ids.contains(id)) && passes) {
              found.add(volume(id, instance, region));
            }
          });
      ObjectNode body = Json.object();
      body.set("volumeSet", Ec2Json.items(found, v -> v));
      return Ec2Outcomes.read(body);
    }
  }

  private static ObjectNode volume(String id, Ec2Instance instance, Ec2Region region) {
    ObjectNode out = Json.object().put("volumeId", id).put("size", ROOT_VOLUME_GIB);
    out.put("snapshotId", "").put("availabilityZone", instance.availabilityZone);
    out.put("status", "in-use").put("createTime", instance.launchTime.toEpochMilli());
    ObjectNode attachment =
        Json.object()
            .put("volumeId", id)
            .put("instanceId", instance.id)
            .put("device", "/dev/xvda")
            .put("status", "attached")
            .put("attachTime", instance.launchTime.toEpochMilli())
            .put("deleteOnTermination", true);
    out.set("attachmentSet", Ec2Json.items(List.of(attachment), a -> a));
    Map<String, String> tags = region.tagsOf(id);
    if (!tags.isEmpty()) {
      out.set("tagSet", Ec2Json.tagSet(tags));
    }
    out.put("volumeType", "gp3").put("iops", 3000).put("throughput", 125);
    out.put("encrypted", false).put("multiAttachEnabled", false);
    return out;
  }

  private Outcome createSnapshot(ApiCall call) {
    String volumeId = call.param("VolumeId");
    if (volumeId == null) {
      throw Ec2Errors.missing("VolumeId");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      if (!volumes(region).containsKey(volumeId)) {
        throw Ec2Errors.client(
            "InvalidVolume.NotFound", "The volume '" + volumeId + "' does not exist.");
      }
      Snapshot snapshot =
          new Snapshot(volumeId, call.param("Description"), call.time(), ROOT_VOLUME_GIB);
      region.snapshots.put(snapshot.id, snapshot);
      Map<String, String> tags = Ec2Tags.specified(call.params(), "snapshot");
      if (!tags.isEmpty()) {
        region.tags.put(snapshot.id, new LinkedHashMap<>(tags));
      }
      ObjectNode body = snapshot(snapshot, region, "pending");
      return Ec2Outcomes.written(call, body)
          .about(new ResourceRef("AWS::EC2::Snapshot", snapshot.id));
    }
  }

  private ObjectNode snapshot(Snapshot snapshot, Ec2Region region, String status) {
    ObjectNode out = Json.object();
    out.put("snapshotId", snapshot.id).put("volumeId", snapshot.volumeId);
    out.put("status", status).put("startTime", snapshot.startTime.toEpochMilli());
    if (status.equals("completed")) {
      out.put("progress", "100%");
    }
    out.put("ownerId", store.accountId);
    // CloudTrail records the size as text.
    out.put("volumeSize", String.valueOf(snapshot.volumeSize));
    if (snapshot.description != null) {
      out.put("description", snapshot.description);
    }
    out.put("encrypted", false);
    Map<String, String> tags = region.tagsOf(snapshot.id);
    if (!tags.isEmpty()) {
      out.set("tagSet", Ec2Json.tagSet(tags));
    }
    return out;
  }

  private Outcome describeSnapshots(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), SNAPSHOT_FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = Ec2Params.values(call.params(), "SnapshotId");
      for (String id : ids) {
        snapshot(region, id);
      }
      List<String> owners = Ec2Params.values(call.params(), "Owner");
      boolean ownersMatch =
          owners.isEmpty() || owners.contains("self") || owners.contains(store.accountId);
      List<ObjectNode> found = new ArrayList<>();
      for (Snapshot snapshot : region.snapshots.values()) {
        boolean passes =
            filters.test(
                region.tagsOf(snapshot.id),
                filter ->
                    switch (filter) {
                      case "snapshot-id" -> List.of(snapshot.id);
                      case "volume-id" -> List.of(snapshot.volumeId);
                      case "status" -> List.of("completed");
                      case "owner-id" -> List.of(store.accountId);
                      default -> List.of();
                    });
        if (ownersMatch && (ids.isEmpty() || ids.contains(snapshot.id)) && passes) {
          found.add(snapshot(snapshot, region, "completed"));
        }
      }
      ObjectNode body = Json.object();
      body.set("snapshotSet", Ec2Json.items(found, s -> s));
      return Ec2Outcomes.read(body);
    }
  }

  private static Snapshot snapshot(Ec2Region region, String id) {
    Snapshot snapshot = id == null ? null : region.snapshots.get(id);
    if (id == null) {
      throw Ec2Errors.missing("SnapshotId");
    }
    if (snapshot == null) {
      throw Ec2Errors.client(
          "InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist.");
    }
    return snapshot;
  }

  private Outcome modifyAttribute(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      Snapshot snapshot = snapshot(region, call.param("SnapshotId"));
      SnapshotPermissions change = SnapshotPermissions.read(call.params());
      for (String user : change.addUsers()) {
        if (!user.matches("\\d{12}")) {
          throw Ec2Errors.client(
              "InvalidParameterValue", "Invalid value '" + user + "' for userId.");
        }
      }
      snapshot.sharedWith.addAll(change.addUsers());
      snapshot.sharedWith.removeAll(change.removeUsers());
      if (change.addAll()) {
        snapshot.publicToAll = true;
      }
      if (change.removeAll()) {
        snapshot.publicToAll = false;
      }
      return Ec2Outcomes.returned(call).about(new ResourceRef("AWS::EC2::Snapshot", snapshot.id));
    }
  }

  private Outcome describeAttribute(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      Snapshot snapshot = snapshot(region, call.param("SnapshotId"));
      List<ObjectNode> permissions = new ArrayList<>();
      if (snapshot.publicToAll) {
        permissions.add(Json.object().put("group", "all"));
      }
      snapshot.sharedWith.forEach(user -> permissions.add(Json.object().put("userId", user)));
      ObjectNode body = Json.object().put("snapshotId", snapshot.id);
      body.set("createVolumePermission", Ec2Json.items(permissions, p -> p));
      return Ec2Outcomes.read(body);
    }
  }

  private Outcome deleteSnapshot(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      Snapshot snapshot = snapshot(region, call.param("SnapshotId"));
      region.snapshots.remove(snapshot.id);
      region.tags.remove(snapshot.id);
      return Ec2Outcomes.returned(call).about(new ResourceRef("AWS::EC2::Snapshot", snapshot.id));
    }
  }
}
