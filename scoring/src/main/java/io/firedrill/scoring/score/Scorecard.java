package io.firedrill.scoring.score;

import io.firedrill.exercise.scenario.Scoring;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of an exercise, computed from its journal alone.
 *
 * @param scenarioSha256 the hash of the scenario file that was played
 * @param duration scenario time from start to end
 * @param metrics TTD, TTA, TTC, TTE and TTR for the exercise, then for each inject
 * @param actions the blue team's calls recognised as response steps, in the order seen
 * @param scoring the rubric's weights and the techniques' severities
 */
public record Scorecard(
    String exerciseId,
    String scenarioId,
    String scenarioTitle,
    String scenarioSha256,
    String accountId,
    String region,
    String speed,
    Instant startedAt,
    Duration duration,
    String endReason,
    List<ExpectationResult> expectations,
    List<TimelineEntry> timeline,
    List<Metric> metrics,
    List<ResponseAction> actions,
    Scoring scoring) {

  public Scorecard {
    expectations = List.copyOf(expectations);
    timeline = List.copyOf(timeline);
    metrics = List.copyOf(metrics);
    actions = List.copyOf(actions);
    scoring = scoring == null ? Scoring.DEFAULT : scoring;
  }

  /** A scorecard without metrics or response actions, scored by the default rubric. */
  public Scorecard(
      String exerciseId,
      String scenarioId,
      String scenarioTitle,
      String scenarioSha256,
      String accountId,
      String region,
      String speed,
      Instant startedAt,
      Duration duration,
      String endReason,
      List<ExpectationResult> expectations,
      List<TimelineEntry> timeline) {
    this(
        exerciseId,
        scenarioId,
        scenarioTitle,
        scenarioSha256,
        accountId,
        region,
        speed,
        startedAt,
        duration,
        endReason,
        expectations,
        timeline,
        List.of(),
        List.of(),
        Scoring.DEFAULT);
  }

  public boolean allMet() {
    return expectations.stream().allMatch(e -> e.outcome() == Outcome.MET);
  }

  /** How each phase the scenario expected something of was performed. */
  public List<PhaseScore> phases() {
    return Rubric.phases(expectations, actions, scoring);
  }

  /** The score out of 100, by {@link Rubric}. */
  public int score() {
    return Rubric.total(phases());
  }

  public long met() {
    return expectations.stream().filter(e -> e.outcome() == Outcome.MET).count();
  }

  /** The metrics of one scope: {@link Metric#EXERCISE} or an inject's. */
  public List<Metric> metrics(String scope) {
    return metrics.stream().filter(m -> m.scope().equals(scope)).toList();
  }
}
