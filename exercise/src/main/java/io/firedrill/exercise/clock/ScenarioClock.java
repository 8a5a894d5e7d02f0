package io.firedrill.exercise.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps wall-clock instants to scenario time and back, for one run of a scenario. A game master can
 * pause it: scenario time then stands still, and after the pause it runs on from where it stood.
 */
public final class ScenarioClock {

  private final Clock wall;
  private final Instant start;
  private final Speed speed;

  /** Each pause that has ended, as wall instants [from, to): what the mapping leaves out. */
  private final List<Instant[]> pauses = new ArrayList<>();

  private Instant pausedAt;

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

  public synchronized Duration toScenario(Instant instant) {
    Instant upTo = pausedAt != null && instant.isAfter(pausedAt) ? pausedAt : instant;
    long wallNanos = Duration.between(start, upTo).toNanos();
    for (Instant[] pause : pauses) {
      if (upTo.isAfter(pause[0])) {
        Instant end = upTo.isBefore(pause[1]) ? upTo : pause[1];
        wallNanos -= Duration.between(pause[0], end).toNanos();
      }
    }
    return Duration.ofNanos((long) (wallNanos * speed.factor()));
  }

  /**
   * The wall-clock instant at which a scenario offset falls, were the clock to run on from now
   * without another pause (while paused: as if it resumed now).
   */
  public synchronized Instant toWall(Duration scenarioOffset) {
    Instant at = start.plusNanos((long) (scenarioOffset.toNanos() / speed.factor()));
    for (Instant[] pause : pauses) {
      at = at.plus(Duration.between(pause[0], pause[1]));
    }
    return pausedAt == null ? at : at.plus(Duration.between(pausedAt, wall.instant()));
  }

  /** Stops scenario time; does nothing when it already stands still. */
  public synchronized void pause() {
    if (pausedAt == null) {
      pausedAt = wall.instant();
    }
  }

  /**
   * Lets scenario time run on from where it stood.
   *
   * @return how long, on the wall clock, the pause lasted; zero when the clock was not paused
   */
  public synchronized Duration resume() {
    if (pausedAt == null) {
      return Duration.ZERO;
    }
    Instant now = wall.instant();
    pauses.add(new Instant[] {pausedAt, now});
    Duration lasted = Duration.between(pausedAt, now);
    pausedAt = null;
    return lasted;
  }

  public synchronized boolean paused() {
    return pausedAt != null;
  }

  /** How long to wait on the wall clock for a span of scenario time. */
  public Duration wallSpan(Duration scenarioSpan) {
    return Duration.ofNanos((long) (scenarioSpan.toNanos() / speed.factor()));
  }
}
