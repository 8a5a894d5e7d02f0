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
    Evidence evidence) {}
