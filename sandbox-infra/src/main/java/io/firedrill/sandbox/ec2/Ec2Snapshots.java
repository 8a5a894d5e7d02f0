package io.firedrill.sandbox.ec2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link Ec2Store}'s regions into an {@link Ec2State} and back. */
final class Ec2Snapshots {

  private Ec2Snapshots() {}

  static Ec2State snapshot(Ec2Store store) {
    List<Ec2State.RegionState> regions = new ArrayList<>();
    for (Ec2Region region : store.regions().values()) {
      synchronized (region) {
        regions.add(region(region));
      }
    }
    return new Ec2State(regions);
  }

  static void restore(Ec2Store store, Ec2State state) {
    store.regions().clear();
    for (Ec2State.RegionState saved : state.regions()) {
      store.regions().put(saved.name(), region(saved));
    }
  }

  private static Ec2State.RegionState region(Ec2Region region) {
    Map<String, Map<String, String>> tags = new LinkedHashMap<>();
    region.tags.forEach((id, pairs) -> tags.put(id, new LinkedHashMap<>(pairs)));
    return new Ec2State.RegionState(
        region.name,
        region.network,
        region.defaultGroupId,
        region.nextHost(),
        region.instances.values().stream().map(Ec2Snapshots::instance).toList(),
        region.groups.values().stream()
            .map(g -> new Ec2State.GroupState(g.id, g.name, g.description, g.vpcId, g.rules))
            .toList(),
        tags,
        region.snapshots.values().stream()
            .map(
                s ->
                    new Ec2State.SnapshotState(
                        s.id,
                        s.volumeId,
                        s.description,
                        s.startTime,
                        s.volumeSize,
                        List.copyOf(s.sharedWith),
                        s.publicToAll))
            .toList(),
        List.copyOf(region.flowLogs.values()),
        List.copyOf(region.keyPairs.values()));
  }

  private static Ec2State.SavedInstance instance(Ec2Instance i) {
    return new Ec2State.SavedInstance(
        i.id,
        i.reservationId,
        i.imageId,
        i.type,
        i.launchIndex,
        i.launchTime,
        i.privateIp,
        i.keyName,
        i.clientToken,
        i.instanceProfileArn,
        i.rootVolumeId,
        i.state,
        i.groupIds,
        i.disableApiTermination);
  }

  private static Ec2Region region(Ec2State.RegionState saved) {
    Ec2Region region =
        new Ec2Region(saved.name(), saved.network(), saved.defaultGroupId(), saved.nextHost());
    for (Ec2State.SavedInstance s : saved.instances()) {
      Ec2Instance instance =
          new Ec2Instance(
              s.id(),
              s.reservationId(),
              s.imageId(),
              s.type(),
              s.launchIndex(),
              s.launchTime(),
              saved.network(),
              s.privateIp(),
              s.keyName(),
              s.clientToken(),
              s.instanceProfileArn(),
              s.groupIds(),
              s.rootVolumeId());
      instance.state = s.state();
      instance.disableApiTermination = s.disableApiTermination();
      region.instances.put(instance.id, instance);
    }
    for (Ec2State.GroupState g : saved.groups()) {
      SecurityGroup group = new SecurityGroup(g.id(), g.name(), g.description(), g.vpcId());
      group.rules.addAll(g.rules());
      region.groups.put(group.id, group);
    }
    saved.tags().forEach((id, pairs) -> region.tags.put(id, new LinkedHashMap<>(pairs)));
    for (Ec2State.SnapshotState s : saved.snapshots()) {
      Snapshot snapshot =
          new Snapshot(s.id(), s.volumeId(), s.description(), s.startTime(), s.volumeSize());
      snapshot.sharedWith.addAll(s.sharedWith());
      snapshot.publicToAll = s.publicToAll();
      region.snapshots.put(snapshot.id, snapshot);
    }
    saved.flowLogs().forEach(log -> region.flowLogs.put(log.id(), log));
    saved.keyPairs().forEach(pair -> region.keyPairs.put(pair.name(), pair));
    return region;
  }
}
