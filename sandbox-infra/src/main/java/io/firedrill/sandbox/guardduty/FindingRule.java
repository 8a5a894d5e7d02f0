package io.firedrill.sandbox.guardduty;

import java.util.Objects;

/**
 * One row of the API table: which successful recorded call raises which finding type, and when.
 *
 * @param type the finding type raised
 * @param eventSource the CloudTrail event source of the call, e.g. {@code cloudtrail.amazonaws.com}
 * @param eventName the API the call made
 * @param trigger when the call raises the finding
 * @param target whose user the call must name, for calls that name one
 */
record FindingRule(
    FindingType type, String eventSource, String eventName, Trigger trigger, Target target) {

  FindingRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(target, "target");
  }

  /** When a matching call raises the finding. */
  enum Trigger {
    /** Every successful call. */
    EVERY_CALL,
    /** A successful call outside its principal's {@linkplain AnomalyBaseline baseline}. */
    OUTSIDE_BASELINE
  }

  /** Whose user a call's {@code userName} parameter must name for the rule to match. */
  enum Target {
    ANY,
    /** The caller itself, or no user named (IAM then acts on the caller). */
    SELF,
    /** A user other than the caller. */
    OTHER
  }
}
