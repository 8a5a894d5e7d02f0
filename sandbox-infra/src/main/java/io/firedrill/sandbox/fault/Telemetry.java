package io.firedrill.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * How late the defenders' telemetry is when no fault says otherwise: how long a recorded call takes
 * to reach LookupEvents (and a trail's log files), and how long GuardDuty takes to show a finding.
 *
 * @param trailDelay from a call to its event in LookupEvents; also the trail's delivery interval
 * @param findingDelay from the activity to the GuardDuty finding it raises
 */
public record Telemetry(Duration trailDelay, Duration findingDelay) {

  /** No delay at all: what tests and scripted exercises that must not wait want. */
  public static final Telemetry IMMEDIATE = new Telemetry(Duration.ZERO, Duration.ZERO);

  /**
   * A standalone {@code sandbox up}: a human at a terminal sees findings within 5 seconds and trail
   * files every 10 seconds, late enough to notice that telemetry lags, quick enough to play.
   */
  public static final Telemetry FAST = new Telemetry(Duration.ofSeconds(10), Duration.ofSeconds(5));

  /**
   * AWS-like minutes. The CloudTrail User Guide ("How CloudTrail works", and the CloudTrail FAQ)
   * says CloudTrail "typically delivers logs within an average of about 5 minutes of an API call";
   * event history gets events on the same path. The GuardDuty User Guide ("Processing GuardDuty
   * findings with Amazon EventBridge") says a newly generated finding is published within 5
   * minutes. Neither is guaranteed, so these are typical values, not worst cases.
   */
  public static final Telemetry REALISTIC =
      new Telemetry(Duration.ofMinutes(5), Duration.ofMinutes(5));

  public Telemetry {
    Objects.requireNonNull(trailDelay, "trailDelay");
    Objects.requireNonNull(findingDelay, "findingDelay");
    if (trailDelay.isNegative() || findingDelay.isNegative()) {
      throw new IllegalArgumentException("telemetry delays are zero or more: " + this);
    }
  }

  /** This profile with GuardDuty's delay replaced. */
  public Telemetry withFindingDelay(Duration delay) {
    return new Telemetry(trailDelay, delay);
  }
}
