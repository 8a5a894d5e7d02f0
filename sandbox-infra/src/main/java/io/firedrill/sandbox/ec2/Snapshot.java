package io.firedrill.sandbox.ec2;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An EBS snapshot and who may create volumes from it: accounts by id, or everyone ({@code all}),
 * which is how a snapshot is shared out of an account.
 */
final class Snapshot {

  final String id;
  final String volumeId;
  final String description;
  final Instant startTime;
  final int volumeSize;
  final Set<String> sharedWith = new LinkedHashSet<>();
  boolean publicToAll;

  Snapshot(String volumeId, String description, Instant startTime, int volumeSize) {
    this(Ec2Ids.next("snap"), volumeId, description, startTime, volumeSize);
  }

  Snapshot(String id, String volumeId, String description, Instant startTime, int volumeSize) {
    this.id = id;
    this.volumeId = volumeId;
    this.description = description;
    this.startTime = startTime;
    this.volumeSize = volumeSize;
  }
}
