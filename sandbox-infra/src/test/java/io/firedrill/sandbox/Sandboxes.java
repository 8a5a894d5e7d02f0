package io.firedrill.sandbox;

import io.firedrill.sandbox.auth.Authorizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Sandboxes configured through the builder's package-private test knobs. */
public final class Sandboxes {

  private Sandboxes() {}

  /** A sandbox whose time is {@code clock}'s. */
  public static Sandbox withClock(Clock clock) {
    return Sandbox.builder().port(0).clock(clock).start();
  }

  /** A builder on a free port whose time is {@code clock}'s, for tests outside this package. */
  public static Sandbox.Builder builder(Clock clock) {
    return Sandbox.builder().port(0).clock(clock);
  }

  /** A sandbox that allows every authenticated call, whatever the caller's policies. */
  public static Sandbox allowingEverything() {
    return Sandbox.builder().port(0).authorizer(Authorizer.allowAll()).start();
  }

  /** The system clock, moved forward on demand: sessions expire without waiting. */
  public static final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward by {@code step}. */
    public void advance(Duration step) {
      offset = offset.plus(step);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
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
}
