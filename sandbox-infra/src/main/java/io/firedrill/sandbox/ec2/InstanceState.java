package io.firedrill.sandbox.ec2;

import java.util.Locale;

/** An instance's lifecycle state, with the numeric code EC2 pairs with its name. */
enum InstanceState {
  PENDING(0),
  RUNNING(16),
  SHUTTING_DOWN(32),
  TERMINATED(48),
  STOPPING(64),
  STOPPED(80);

  private final int code;

  InstanceState(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** The name on the wire: {@code shutting-down}. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether an instance in this state uses vCPUs of its quota. */
  boolean countsAgainstQuota() {
    return this == PENDING || this == RUNNING || this == STOPPING || this == SHUTTING_DOWN;
  }
}
