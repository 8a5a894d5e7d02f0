package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.api.Protocol;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The faults in force and the log of every change to them. The gateway asks {@link #before} for
 * each authenticated call; CloudTrail, GuardDuty and IAM ask for their current delay each time they
 * need it, so a change made while an exercise runs takes effect with the next call.
 *
 * <p>Thread-safe: the server's threads ask while the control API changes the faults.
 */
public final class Faults {

  private final Clock clock;
  private final Telemetry telemetry;
  private final List<ActiveFault> active = new ArrayList<>();
  private final List<FaultLogEntry> log = new ArrayList<>();
  private long nextId = 1;

  /** Faults timed by {@code clock}, with {@code telemetry}'s delays when no fault sets one. */
  public Faults(Clock clock, Telemetry telemetry) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
  }

  /**
   * Applies the per-call faults to a call of {@code operation} on {@code service} (a signing name)
   * in {@code protocol}: waits out the added latency, then throws the 5xx or throttling error the
   * call meets, if any. Called after authentication, so a refused call is recorded as AWS records a
   * throttled one.
   *
   * @throws io.firedrill.sandbox.api.AwsException the error the call is answered with
   */
  public void before(String service, String operation, Protocol protocol) {
    Instant now = clock.instant();
    List<ActiveFault> matching = inForce(now, f -> f.spec().matches(service, operation));
    if (matching.isEmpty()) {
      return;
    }
    Duration latency = Duration.ZERO;
    for (ActiveFault fault : matching) {
      if (fault.spec().kind() == FaultSpec.Kind.LATENCY) {
        latency = latency.plus(fault.spec().delay());
      }
    }
    sleep(latency);
    for (ActiveFault fault : matching) {
      if (fault.spec().kind() == FaultSpec.Kind.UNAVAILABLE) {
        throw FaultErrors.unavailable(service, protocol, fault.spec().status());
      }
    }
    for (ActiveFault fault : matching) {
      if (fault.throttle() != null && fault.throttle().refuses(now)) {
        throw FaultErrors.throttled(service, protocol);
      }
    }
  }

  /**
   * As {@link #before}, for a call of {@code operation} on S3, which answers in its own words
   * whatever the protocol: {@code SlowDown}, {@code ServiceUnavailable} or {@code InternalError}.
   */
  public void beforeS3(String operation) {
    before("s3", operation, null);
  }

  /** How long a recorded call takes to reach LookupEvents now. */
  public Duration trailDelay() {
    return delay(FaultSpec.Kind.TRAIL_DELAY).orElse(telemetry.trailDelay());
  }

  /** How long a GuardDuty finding raised now stays hidden. */
  public Duration findingDelay() {
    return delay(FaultSpec.Kind.FINDING_DELAY).orElse(telemetry.findingDelay());
  }

  /** How long an IAM change that takes access away takes to hold; zero without such a fault. */
  public Duration iamDelay() {
    return delay(FaultSpec.Kind.IAM_CONSISTENCY).orElse(Duration.ZERO);
  }

  /** Sets {@code spec} now, on behalf of {@code by} (an ARN, or {@code builder}); logs it. */
  public synchronized ActiveFault set(FaultSpec spec, String by) {
    Instant now = clock.instant();
    ActiveFault fault = ActiveFault.of("fault-" + nextId++, spec, now);
    active.add(fault);
    log.add(new FaultLogEntry(now, "set", fault.id(), spec, fault.until(), by));
    return fault;
  }

  /** Clears the fault {@code id} (every fault when null); logs each one cleared. */
  public synchronized List<ActiveFault> clear(String id, String by) {
    Instant now = clock.instant();
    List<ActiveFault> cleared = new ArrayList<>();
    for (ActiveFault fault : List.copyOf(active)) {
      if (id == null || fault.id().equals(id)) {
        active.remove(fault);
        if (fault.holdsAt(now)) {
          cleared.add(fault);
          log.add(new FaultLogEntry(now, "cleared", fault.id(), fault.spec(), now, by));
        }
      }
    }
    return cleared;
  }

  /** The faults in force now, oldest first. */
  public List<ActiveFault> inForce() {
    return inForce(clock.instant(), f -> true);
  }

  /** Every change made so far, oldest first. */
  public synchronized List<FaultLogEntry> log() {
    return List.copyOf(log);
  }

  private synchronized List<ActiveFault> inForce(Instant now, Predicate<ActiveFault> filter) {
    active.removeIf(f -> !f.holdsAt(now));
    return active.stream().filter(filter).toList();
  }

  // Two faults of one kind at once (a scenario's and an operator's): the longer delay holds.
  private Optional<Duration> delay(FaultSpec.Kind kind) {
    return inForce(clock.instant(), f -> f.spec().kind() == kind).stream()
        .map(f -> f.spec().delay())
        .max(Duration::compareTo);
  }

  private static void sleep(Duration latency) {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.toMillis());
    } catch (InterruptedException e) {
      // The server is stopping; the call is answered at once.
      Thread.currentThread().interrupt();
    }
  }
}
