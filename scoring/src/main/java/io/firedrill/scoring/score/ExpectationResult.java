package io.firedrill.scoring.score;

import java.time.Duration;

/**
 * How the blue team did on one expectation. All times are scenario times.
 *
 * @param metric what the latency measures, such as "time to detect"
 * @param startedAt when the clock for this expectation started: the attack it answers
 * @param achievedAt when it was achieved, or null when it was missed
 * @param latency achievedAt minus startedAt, or null when missed
 * @param evidence the record that shows it, or null when missed
 * @param severity the severity of the technique it is about (low, medium, high, critical), which
 *     weighs it within its phase
 * @param alert for a detection, how loudly the attack was detected; null for other phases
 * @param verified true when a probe confirmed the state the blue team's call was meant to bring
 *     about, false when probes found the call did not, null when nothing probed it
 */
public record ExpectationResult(
    String id,
    String phase,
    String event,
    String by,
    Duration target,
    String metric,
    Outcome outcome,
    Duration startedAt,
    Duration achievedAt,
    Duration latency,
    Evidence evidence,
    String severity,
    Alert alert,
    Boolean verified) {

  /** A result of medium severity, no alert level and no probe. */
  public ExpectationResult(
      String id,
      String phase,
      String event,
      String by,
      Duration target,
      String metric,
      Outcome outcome,
      Duration startedAt,
      Duration achievedAt,
      Duration latency,
      Evidence evidence) {
    this(
        id,
        phase,
        event,
        by,
        target,
        metric,
        outcome,
        startedAt,
        achievedAt,
        latency,
        evidence,
        "medium",
        null,
        null);
  }

  /** Whether the scenario counts it as a critical task: high or critical severity. */
  public boolean critical() {
    return "high".equals(severity) || "critical".equals(severity);
  }
}
