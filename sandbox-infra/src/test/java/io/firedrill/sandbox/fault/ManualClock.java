package io.firedrill.sandbox.fault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at the time it was made until a test moves it, so that what depends on
 * elapsed time (a token bucket) does not depend on how fast the machine is. Clients sign with real
 * time, which stays within AWS's 15 minutes of it for a test's length.
 */
final class ManualClock extends Clock {

  private volatile Instant now = Instant.now();

  void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
