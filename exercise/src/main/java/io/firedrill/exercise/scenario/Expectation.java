package io.firedrill.exercise.scenario;

import java.time.Duration;

/**
 * Something the blue team is expected to achieve, or its detections to catch: a CloudTrail event
 * made by a given party, a GuardDuty finding, or one of the team's detection rules going off, seen
 * within a target time.
 *
 * @param id a short name, shown in the report and usable in features
 * @param eventName the CloudTrail eventName that shows it happened, or null for a finding; with a
 *     rule, the attack the rule should catch (whose record starts the clock)
 * @param eventSource the CloudTrail eventSource, or null for any
 * @param finding the GuardDuty finding type that shows it, or null for an event
 * @param rule the name of the team's detection rule that should go off, or null
 * @param by who makes the call: the name of a scenario actor, or {@code blue} for the blue team;
 *     for a finding or a rule, the actor whose call it must be about, or null for any
 * @param within the target, in scenario time
 */
public record Expectation(
    Phase phase,
    String id,
    String eventName,
    String eventSource,
    String finding,
    String rule,
    String by,
    Duration within,
    SourceLocation location) {

  public static final String BLUE = "blue";

  public Expectation {
    if (eventName != null && finding != null) {
      throw new IllegalArgumentException("an expectation names an event or a finding, not both");
    }
    if (eventName == null && finding == null && rule == null) {
      throw new IllegalArgumentException("an expectation names an event, a finding or a rule");
    }
  }

  /** An expectation that a CloudTrail event or a GuardDuty finding is seen. */
  public Expectation(
      Phase phase,
      String id,
      String eventName,
      String eventSource,
      String finding,
      String by,
      Duration within,
      SourceLocation location) {
    this(phase, id, eventName, eventSource, finding, null, by, within, location);
  }

  /** An expectation that a CloudTrail event is seen. */
  public Expectation(
      Phase phase,
      String id,
      String eventName,
      String eventSource,
      String by,
      Duration within,
      SourceLocation location) {
    this(phase, id, eventName, eventSource, null, null, by, within, location);
  }

  public boolean isFinding() {
    return finding != null;
  }

  public boolean isRule() {
    return rule != null;
  }

  /** What shows it: the rule, the finding type or the event. */
  public String evidence() {
    if (rule != null) {
      return rule;
    }
    return isFinding() ? finding : eventName;
  }
}
