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

  private static ExpectationResult detection(Alert alert, Integer latencySeconds, String severity) {
    ExpectationResult r = result("detect", 60, latencySeconds);
    return new ExpectationResult(
        r.id(),
        r.phase(),
        r.event(),
        "attacker",
        r.target(),
        r.metric(),
        alert == Alert.MISSED || latencySeconds == null ? Outcome.MISSED : r.outcome(),
        r.startedAt(),
        r.achievedAt(),
        r.latency(),
        null,
        severity,
        alert,
        null);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"ALERTED, 1.0", "LOW_PRIORITY, 0.6", "LOGGED, 0.3", "MISSED, 0.0"})
  void aDetectionCountsAsLoudlyAsItAlerted(Alert alert, double factor) {
    assertThat(Rubric.factor(detection(alert, 10, "medium"))).isEqualTo(factor);
  }

  @Test
  void anAttackOnlyLoggedStillCountsALittleWhenTheAlertNeverCame() {
    assertThat(Rubric.factor(detection(Alert.LOGGED, null, "medium"))).isEqualTo(0.3);
  }

  @Test
  void aLateLowPriorityAlertCountsBothWays() {
    assertThat(Rubric.factor(detection(Alert.LOW_PRIORITY, 120, "medium"))).isEqualTo(0.6 * 0.75);
  }

  @Test
  void severityWeighsExpectationsWithinAPhase() {
    List<PhaseScore> phases =
        Rubric.phases(
            List.of(
                detection(Alert.ALERTED, 10, "critical"), // 4 x 1.0
                detection(Alert.MISSED, null, "low")), // 1 x 0
            List.of(),
            io.firedrill.exercise.scenario.Scoring.DEFAULT);

    assertThat(phases.get(0).factor()).isEqualTo(0.8);
    // the critical task was done and alerted: the missed low one does not stop an S
    assertThat(phases.get(0).rating()).isEqualTo(Rating.S);
  }

  @Test
  void aCriticalTaskNotDoneRatesMajorChallengesWhateverThePercentage() {
    List<PhaseScore> phases =
        Rubric.phases(
            List.of(
                detection(Alert.ALERTED, 10, "medium"),
                detection(Alert.ALERTED, 10, "medium"),
                detection(Alert.ALERTED, 10, "medium"),
                detection(Alert.ALERTED, 10, "medium"),
                detection(Alert.MISSED, null, "high")),
            List.of(),
            io.firedrill.exercise.scenario.Scoring.DEFAULT);

    assertThat(phases.get(0).factor())
        .isCloseTo(8.0 / 11, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(phases.get(0).rating()).isEqualTo(Rating.M);
  }

  @Test
  void collateralDamageRatesMajorChallengesEvenWhenEverythingWasMet() {
    ResponseAction bystander =
        new ResponseAction(
            Duration.ofSeconds(20),
            "contain",
            "access key deactivated",
            "AKIABYSTANDER0000001",
            "e-1",
            null,
            true);

    List<PhaseScore> phases =
        Rubric.phases(
            List.of(result("contain", 60, 10)),
            List.of(bystander),
            io.firedrill.exercise.scenario.Scoring.DEFAULT);

    assertThat(phases.get(0).factor()).isEqualTo(1.0);
    assertThat(phases.get(0).rating()).isEqualTo(Rating.M);
  }

  @Test
  void theWeightsAreTheScenarios() {
    var scoring =
        new io.firedrill.exercise.scenario.Scoring(
            java.util.Map.of("contain", 50, "recover", 50), java.util.Map.of());

    List<PhaseScore> phases =
        Rubric.phases(
            List.of(result("contain", 60, 10), result("recover", 60, null)), List.of(), scoring);

    assertThat(phases).extracting(PhaseScore::weight).containsExactly(50, 50);
    assertThat(Rubric.total(phases)).isEqualTo(50);
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
