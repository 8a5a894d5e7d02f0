package io.firedrill.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RubricTest {

  private static ExpectationResult result(String phase, int targetSeconds, Integer latencySeconds) {
    Outcome outcome =
        latencySeconds == null
            ? Outcome.MISSED
            : latencySeconds <= targetSeconds ? Outcome.MET : Outcome.LATE;
    Duration latency = latencySeconds == null ? null : Duration.ofSeconds(latencySeconds);
    return new ExpectationResult(
        phase + "-x",
        phase,
        "Event",
        "blue",
        Duration.ofSeconds(targetSeconds),
        "metric",
        outcome,
        Duration.ZERO,
        latency,
        latency,
        null);
  }

  @ParameterizedTest(name = "target {0}s, achieved after {1}s: {2}")
  @CsvSource({"60, 10, 1.0", "60, 60, 1.0", "60, 120, 0.75", "60, 180, 0.5", "60, 600, 0.5"})
  void lateCountsLessDownToHalfAtThreeTimesTheTarget(int target, int latency, double factor) {
    assertThat(Rubric.factor(result("contain", target, latency))).isEqualTo(factor);
  }

  @Test
  void missedCountsNothing() {
    assertThat(Rubric.factor(result("contain", 60, null))).isZero();
  }

  @Test
  void theScoreIsWhatThePlayedPhasesOffer() {
    List<ExpectationResult> results =
        List.of(
            result("detect", 300, 5), // 30 of 30
            result("contain", 600, 900), // 20 * 0.875 = 17.5
            result("recover", 600, null)); // 0 of 10

    List<PhaseScore> phases = Rubric.phases(results);

    assertThat(phases)
        .extracting(PhaseScore::phase)
        .containsExactly("detect", "contain", "recover");
    assertThat(phases).extracting(PhaseScore::rating).containsExactly(Rating.P, Rating.S, Rating.U);
    assertThat(Rubric.total(phases)).isEqualTo(Math.round(100 * 47.5 / 60));
  }

  @Test
  void aTargetMissedByOverThreeTimesRatesMajorChallenges() {
    List<PhaseScore> phases =
        Rubric.phases(List.of(result("eradicate", 60, 10), result("eradicate", 60, 400)));

    assertThat(phases.get(0).rating()).isEqualTo(Rating.M);
    assertThat(phases.get(0).factor()).isEqualTo(0.75);
  }
}
