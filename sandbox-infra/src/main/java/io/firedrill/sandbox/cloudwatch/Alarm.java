package io.firedrill.sandbox.cloudwatch;

import java.time.Instant;
import java.util.Set;

/**
 * A metric alarm, as PutMetricAlarm defined it, and its state.
 *
 * @param state OK, ALARM or INSUFFICIENT_DATA; a new alarm has INSUFFICIENT_DATA, as on AWS
 * @param threshold kept as written, so that it is answered as it was given
 */
record Alarm(
    String name,
    String arn,
    String description,
    String metricName,
    String namespace,
    String statistic,
    Integer period,
    Integer evaluationPeriods,
    String threshold,
    String comparisonOperator,
    String state,
    String stateReason,
    Instant configurationUpdated,
    Instant stateUpdated) {

  static final Set<String> STATES = Set.of("OK", "ALARM", "INSUFFICIENT_DATA");

  static final Set<String> OPERATORS =
      Set.of(
          "GreaterThanOrEqualToThreshold",
          "GreaterThanThreshold",
          "LessThanThreshold",
          "LessThanOrEqualToThreshold",
          "LessThanLowerOrGreaterThanUpperThreshold",
          "LessThanLowerThreshold",
          "GreaterThanUpperThreshold");

  /** This alarm in {@code newState}, for {@code reason}. */
  Alarm in(String newState, String reason, Instant at) {
    return new Alarm(
        name,
        arn,
        description,
        metricName,
        namespace,
        statistic,
        period,
        evaluationPeriods,
        threshold,
        comparisonOperator,
        newState,
        reason,
        configurationUpdated,
        at);
  }
}
