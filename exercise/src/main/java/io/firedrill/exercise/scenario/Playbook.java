package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.List;

/**
 * A scripted blue team's playbook: what it does when it sees what in CloudTrail, and how long a
 * person would take to do it.
 *
 * @param delay scenario time between noticing an event and acting on it
 */
public record Playbook(
    String id, String description, Duration delay, List<Rule> rules, String source) {

  /** The responses a playbook can make, each one of AWS's incident-response moves. */
  public enum Response {
    /** cloudtrail:StartLogging on the trail that was stopped. */
    RESTART_LOGGING,
    /** iam:UpdateAccessKey Inactive on the key that made the call. */
    DEACTIVATE_CALLER_KEY,
    /** Attach AWSCompromisedKeyQuarantineV3 to the user whose key made the call. */
    QUARANTINE_CALLER,
    /** Delete the user the call created, with its keys and policies. */
    DELETE_CREATED_USER;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * When a CloudTrail event with this name, made by someone other than the blue team, succeeds,
   * respond.
   */
  public record Rule(String eventName, Response response, SourceLocation location) {}

  public Playbook {
    rules = List.copyOf(rules);
  }
}
