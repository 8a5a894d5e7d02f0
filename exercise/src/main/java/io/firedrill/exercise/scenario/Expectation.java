package io.firedrill.exercise.scenario;

import java.time.Duration;

/**
 * Something the blue team is expected to achieve, or its detections to catch: a CloudTrail event
 * made by a given party, or a GuardDuty finding, seen within a target time.
 *
 * @param id a short name, shown in the report and usable in features
 * @param eventName the CloudTrail eventName that shows it happened, or null for a finding
 * @param eventSource the CloudTrail eventSource, or null for any
 * @param finding the GuardDuty finding type that shows it, or null for an event
 * @param by who makes the call: the name of a scenario actor, or {@code blue} for the blue team;
 *     for a finding, the actor whose key it must name, or null for any
 * @param within the target, in scenario time
 */
public record Expectation(
    Phase phase,
    String id,
    String eventName,
    String eventSource,
    String finding,
    String by,
    Duration within,
    SourceLocation location) {

  public static final String BLUE = "blue";

  public Expectation {
    if ((eventName == null) == (finding == null)) {
      throw new IllegalArgumentException(
          "an expectation names an event or a finding, not both or neither");
    }
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
    this(phase, id, eventName, eventSource, null, by, within, location);
  }

  public boolean isFinding() {
    return finding != null;
  }

  /** What shows it: the event or the finding type. */
  public String evidence() {
    return isFinding() ? finding : eventName;
  }
}
