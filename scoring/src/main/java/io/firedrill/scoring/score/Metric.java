package io.firedrill.scoring.score;

import java.time.Duration;

/**
 * One response-time metric, in scenario time, with the formula it was computed by so that a report
 * can print how it was measured.
 *
 * @param name TTD, TTA, TTC, TTE or TTR
 * @param scope {@code exercise}, or the inject it is about, such as {@code inject 4
 *     aws.defense-evasion.cloudtrail-stop}
 * @param formula how it is measured, in words
 * @param value the time, or null when what it waits for never happened
 * @param target the scenario's target for it, or null when the scenario sets none
 */
public record Metric(String name, String scope, String formula, Duration value, Duration target) {

  public static final String EXERCISE = "exercise";

  public boolean reached() {
    return value != null;
  }

  /** Reached within its target; a metric without a target is within it once reached. */
  public boolean withinTarget() {
    return value != null && (target == null || value.compareTo(target) <= 0);
  }
}
