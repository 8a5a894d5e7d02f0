package io.firedrill.sandbox.fault;

import java.time.Instant;

/**
 * A fault as set: its id, what it is, when it was set and until when it holds (null: until it is
 * cleared), and for a throttle the state that decides which calls it refuses.
 */
record ActiveFault(String id, FaultSpec spec, Instant setAt, Instant until, Throttle throttle) {

  static ActiveFault of(String id, FaultSpec spec, Instant now) {
    return new ActiveFault(
        id,
        spec,
        now,
        spec.lasting() == null ? null : now.plus(spec.lasting()),
        spec.kind() == FaultSpec.Kind.THROTTLE ? new Throttle(spec) : null);
  }

  boolean holdsAt(Instant now) {
    return until == null || now.isBefore(until);
  }
}
