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
}
