package io.firedrill.exercise.scenario;

import java.time.Duration;

/**
 * Something the blue team is expected to achieve: a CloudTrail event, made by a given party, seen
 * within a target time of the attack it answers.
 *
 * @param id a short name, shown in the report and usable in features
 * @param eventName the CloudTrail eventName that shows it happened
 * @param eventSource the CloudTrail eventSource, or null for any
 * @param by who makes the call: the name of a scenario actor, or {@code blue} for the blue team
 * @param within the target, in scenario time, counted from the first attacker inject
 */
public record Expectation(
    Phase phase,
    String id,
    String eventName,
    String eventSource,
    String by,
    Duration within,
    SourceLocation location) {

  public static final String BLUE = "blue";
}
