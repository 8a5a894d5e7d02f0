package io.firedrill.exercise.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScenarioClockTest {

  private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void scenarioTimeRunsSpeedTimesFasterThanTheWallClock() {
    ScenarioClock clock =
        ScenarioClock.startingNow(Clock.fixed(START, ZoneOffset.UTC), Speed.parse("10"));

    assertThat(clock.toScenario(START.plusSeconds(3))).isEqualTo(Duration.ofSeconds(30));
    assertThat(clock.toWall(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(30));
    assertThat(clock.wallSpan(Duration.ofSeconds(45))).isEqualTo(Duration.ofMillis(4500));
  }

  @Test
  void aClockStartingInAMomentIsNegativeUntilThen() {
    ScenarioClock clock =
        ScenarioClock.startingIn(
            Duration.ofMillis(250), Clock.fixed(START, ZoneOffset.UTC), Speed.parse("10"));

    assertThat(clock.now()).isEqualTo(Duration.ofMillis(-2500));
    assertThat(clock.toWall(Duration.ZERO)).isEqualTo(START.plusMillis(250));
  }

  @Test
  void maxIsTheFastestSpeedThatKeepsTimesMeaningful() {
    assertThat(Speed.parse("max").factor()).isEqualTo(100);
    assertThat(Speed.parse("max").label()).isEqualTo("max");
  }

  @Test
  void rejectsSpeedsThatAreNotSpeeds() {
    assertThatThrownBy(() -> Speed.parse("fast")).hasMessageContaining("'max'");
    assertThatThrownBy(() -> Speed.parse("0")).hasMessageContaining("above 0");
    assertThatThrownBy(() -> Speed.parse("1000")).hasMessageContaining("at most 100");
  }

  @Test
  void aPausedClockStandsStillAndRunsOnFromWhereItStood() {
    MutableClock wall = new MutableClock(START);
    ScenarioClock clock = ScenarioClock.startingNow(wall, Speed.parse("10"));
    wall.now = START.plusSeconds(3);

    clock.pause();
    wall.now = START.plusSeconds(63);
    Duration whilePaused = clock.now();
    Duration lasted = clock.resume();
    wall.now = START.plusSeconds(65);

    assertThat(whilePaused).isEqualTo(Duration.ofSeconds(30));
    assertThat(lasted).isEqualTo(Duration.ofSeconds(60));
    assertThat(clock.now()).isEqualTo(Duration.ofSeconds(50));
    // Instants before, during and after the pause map as the clock showed them then.
    assertThat(clock.toScenario(START.plusSeconds(2))).isEqualTo(Duration.ofSeconds(20));
    assertThat(clock.toScenario(START.plusSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(clock.toWall(Duration.ofSeconds(50))).isEqualTo(START.plusSeconds(65));
    assertThat(clock.paused()).isFalse();
  }

  @Test
  void aScenarioTimeDueAfterAPauseFallsLaterOnTheWallByThePause() {
    MutableClock wall = new MutableClock(START);
    ScenarioClock clock = ScenarioClock.startingNow(wall, Speed.parse("1"));
    Instant before = clock.toWall(Duration.ofMinutes(1));

    clock.pause();
    wall.now = START.plusSeconds(10);
    Instant whilePaused = clock.toWall(Duration.ofMinutes(1));
    clock.resume();

    assertThat(before).isEqualTo(START.plusSeconds(60));
    assertThat(whilePaused).isEqualTo(START.plusSeconds(70));
    assertThat(clock.toWall(Duration.ofMinutes(1))).isEqualTo(START.plusSeconds(70));
    assertThat(clock.resume()).isZero();
  }

  /** A wall clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
