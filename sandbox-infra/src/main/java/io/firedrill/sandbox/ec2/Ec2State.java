package io.firedrill.sandbox.ec2;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * EC2's content as plain data, region by region, to persist across a restart. Volumes are not
 * listed: each is an instance's root volume and comes back with its instance.
 */
public record Ec2State(List<RegionState> regions) {

  public Ec2State {
    regions = List.copyOf(regions);
  }

  /** One region's resources; tags by resource id. */
  public record RegionState(
      String name,
      Ec2Region.Network network,
      String defaultGroupId,
      int nextHost,
      List<SavedInstance> instances,
      List<GroupState> groups,
      Map<String, Map<String, String>> tags,
      List<SnapshotState> snapshots,
      List<FlowLog> flowLogs,
      List<KeyPair> keyPairs) {}

  /** An instance with its current state and root volume id. */
  public record SavedInstance(
      String id,
      String reservationId,
      String imageId,
      String type,
      int launchIndex,
      Instant launchTime,
      String privateIp,
      String keyName,
      String clientToken,
      String instanceProfileArn,
      String rootVolumeId,
      InstanceState state,
      List<String> groupIds,
      boolean disableApiTermination) {}

  /** A security group with its rules. */
  public record GroupState(
      String id, String name, String description, String vpcId, List<SgRule> rules) {}

  /** A snapshot and whom it is shared with. */
  public record SnapshotState(
      String id,
      String volumeId,
      String description,
      Instant startTime,
      int volumeSize,
      List<String> sharedWith,
      boolean publicToAll) {}
}
