package io.firedrill.exercise.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Maps wall-clock instants to scenario time and back, for one run of a scenario. */
public final class ScenarioClock {

  private final Clock wall;
  private final Instant start;
  private final Speed speed;

  private ScenarioClock(Clock wall, Instant start, Speed speed) {
    this.wall = wall;
    this.start = start;
    this.speed = speed;
  }

  /** A clock whose scenario time zero is now. */
  public static ScenarioClock startingNow(Clock wall, Speed speed) {
    return new ScenarioClock(wall, wall.instant(), speed);
  }

  /**
   * A clock whose scenario time zero comes a little after now, so that what is scheduled for zero
   * is scheduled ahead of time and fires on time; before zero, scenario time is negative.
   */
  public static ScenarioClock startingIn(Duration lead, Clock wall, Speed speed) {
    return new ScenarioClock(wall, wall.instant().plus(lead), speed);
  }

  public Speed speed() {
    return speed;
  }

  public Instant wallStart() {
    return start;
  }

  /** Scenario time elapsed since the start. */
  public Duration now() {
    return toScenario(wall.instant());
  }

  public Duration toScenario(Instant instant) {
    long wallNanos = Duration.between(start, instant).toNanos();
    return Duration.ofNanos((long) (wallNanos * speed.factor()));
  }

  /** The wall-clock instant at which a scenario offset falls. */
  public Instant toWall(Duration scenarioOffset) {
    return start.plusNanos((long) (scenarioOffset.toNanos() / speed.factor()));
  }

  /** How long to wait on the wall clock for a span of scenario time. */
  public Duration wallSpan(Duration scenarioSpan) {
    return Duration.ofNanos((long) (scenarioSpan.toNanos() / speed.factor()));
  }
}
