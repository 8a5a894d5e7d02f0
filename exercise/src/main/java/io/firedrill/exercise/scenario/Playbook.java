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
    DELETE_CREATED_USER,
    /**
     * Deny everything to the caller's sessions issued before now, with an aws:TokenIssueTime
     * condition, as IAM's "revoke active sessions" does: the role's, or the user's session tokens.
     */
    REVOKE_CALLER_SESSIONS,
    /** Move the instances the call names into a security group that lets no traffic in or out. */
    ISOLATE_INSTANCES,
    /** Snapshot the volumes of the instances the call names, for forensics, before they go. */
    SNAPSHOT_INSTANCE_VOLUMES,
    /** Tag the instances the call names as quarantined, so that nobody puts them back to work. */
    TAG_INSTANCES_QUARANTINED,
    /** Terminate the instances the call names. */
    TERMINATE_INSTANCES,
    /** Delete the role the call created or changed, its policies detached first. */
    DELETE_ROLE,
    /** Enable the region's GuardDuty detector again, or create one where it was deleted. */
    REENABLE_GUARDDUTY;

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
