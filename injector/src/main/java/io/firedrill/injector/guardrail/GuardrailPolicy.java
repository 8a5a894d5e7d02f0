package io.firedrill.injector.guardrail;

import java.time.Duration;
import java.util.Set;

/**
 * The guardrails a game master sets once for a target account, besides its account allow-list.
 *
 * @param regions the regions injects may go to; empty for the target's own region only
 * @param spend the caps on what RunInstances techniques may launch
 * @param stopAlarm a CloudWatch alarm whose ALARM state stops the exercise, or null for none
 * @param stopAlarmEvery how often the alarm is asked about while the exercise runs
 */
public record GuardrailPolicy(
    Set<String> regions, SpendCaps spend, String stopAlarm, Duration stopAlarmEvery) {

  /** The target's region only, the default caps, no stop condition. */
  public static final GuardrailPolicy DEFAULT =
      new GuardrailPolicy(Set.of(), SpendCaps.DEFAULT, null, Duration.ofSeconds(5));

  public GuardrailPolicy {
    regions = Set.copyOf(regions);
    stopAlarm = stopAlarm == null || stopAlarm.isBlank() ? null : stopAlarm.strip();
    if (stopAlarmEvery.isNegative() || stopAlarmEvery.isZero()) {
      throw new IllegalArgumentException("the stop alarm's poll interval must be positive");
    }
  }

  /** The regions allowed for a target in {@code targetRegion}. */
  public Set<String> regionsFor(String targetRegion) {
    return regions.isEmpty() ? Set.of(targetRegion) : regions;
  }
}
