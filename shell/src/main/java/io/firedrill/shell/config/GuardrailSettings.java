package io.firedrill.shell.config;

import io.firedrill.injector.guardrail.GuardrailPolicy;
import io.firedrill.injector.guardrail.SpendCaps;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The guardrails of {@code firedrill.yaml}, beside {@code allowed-accounts} under the same {@code
 * firedrill} key, or from the environment: {@code FIREDRILL_REGIONS=eu-west-1,eu-central-1}, {@code
 * FIREDRILL_MAX_INSTANCES_PER_STEP}, {@code FIREDRILL_MAX_INSTANCES_PER_EXERCISE}, {@code
 * FIREDRILL_ALLOWED_INSTANCE_TYPES=t3.*,c5.large}, {@code FIREDRILL_STOP_ALARM}, {@code
 * FIREDRILL_STOP_ALARM_EVERY=5s}. docs/guardrails.md says what each does.
 *
 * @param regions the regions injects may go to; none set: the target's own region only
 * @param maxInstancesPerStep instances one RunInstances step may launch, repeats counted (10)
 * @param maxInstancesPerExercise instances a whole scenario may launch (20)
 * @param allowedInstanceTypes glob patterns of the instance types allowed; none set: any but bare
 *     metal and accelerator types
 * @param stopAlarm a CloudWatch alarm whose ALARM state stops the exercise, or none
 * @param stopAlarmEvery how often the stop alarm is asked about (5s)
 */
@ConfigurationProperties("firedrill")
public record GuardrailSettings(
    List<String> regions,
    Integer maxInstancesPerStep,
    Integer maxInstancesPerExercise,
    List<String> allowedInstanceTypes,
    String stopAlarm,
    Duration stopAlarmEvery) {

  public GuardrailSettings {
    regions = regions == null ? List.of() : List.copyOf(regions);
    allowedInstanceTypes =
        allowedInstanceTypes == null ? List.of() : List.copyOf(allowedInstanceTypes);
  }

  /**
   * The guardrails these settings make.
   *
   * @throws IllegalArgumentException saying which setting is wrong and what would be right
   */
  public GuardrailPolicy policy() {
    for (String region : regions) {
      if (!region.strip().matches("[a-z]{2}(-[a-z]+)+-\\d")) {
        throw new IllegalArgumentException(
            "firedrill.regions (FIREDRILL_REGIONS) expects AWS region names such as eu-west-1;"
                + " got '"
                + region
                + "'");
      }
    }
    SpendCaps defaults = SpendCaps.DEFAULT;
    SpendCaps caps;
    try {
      caps =
          new SpendCaps(
              maxInstancesPerStep == null ? defaults.maxPerStep() : maxInstancesPerStep,
              maxInstancesPerExercise == null ? defaults.maxPerExercise() : maxInstancesPerExercise,
              allowedInstanceTypes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "firedrill.max-instances-per-step and -per-exercise: " + e.getMessage());
    }
    Duration every =
        stopAlarmEvery == null ? GuardrailPolicy.DEFAULT.stopAlarmEvery() : stopAlarmEvery;
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException(
          "firedrill.stop-alarm-every (FIREDRILL_STOP_ALARM_EVERY) expects a positive duration"
              + " such as 5s; got "
              + every);
    }
    return new GuardrailPolicy(
        Set.copyOf(regions.stream().map(String::strip).toList()), caps, stopAlarm, every);
  }
}
