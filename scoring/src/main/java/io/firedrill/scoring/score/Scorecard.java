package io.firedrill.scoring.score;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of an exercise, computed from its journal alone.
 *
 * @param scenarioSha256 the hash of the scenario file that was played
 * @param duration scenario time from start to end
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
    List<TimelineEntry> timeline) {

  public Scorecard {
    expectations = List.copyOf(expectations);
    timeline = List.copyOf(timeline);
  }

  public boolean allMet() {
    return expectations.stream().allMatch(e -> e.outcome() == Outcome.MET);
  }

  /** How each phase the scenario expected something of was performed. */
  public List<PhaseScore> phases() {
    return Rubric.phases(expectations);
  }

  /** The score out of 100, by {@link Rubric}. */
  public int score() {
    return Rubric.total(phases());
  }

  public long met() {
    return expectations.stream().filter(e -> e.outcome() == Outcome.MET).count();
  }
}
