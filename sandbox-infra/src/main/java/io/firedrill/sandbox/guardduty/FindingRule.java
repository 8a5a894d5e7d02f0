package io.firedrill.sandbox.guardduty;

import java.util.Objects;

/**
 * One row of the findings table: which recorded call raises which finding type, how severe.
 *
 * @param type the GuardDuty finding type, e.g. {@code Stealth:IAMUser/CloudTrailLoggingDisabled}
 * @param severity AWS's documented default severity: 2 low, 5 medium, 8 high
 * @param eventSource the CloudTrail event source of the call, e.g. {@code cloudtrail.amazonaws.com}
 * @param eventName the API the call made
 * @param trigger when the call raises the finding
 * @param target whose user the call must name, for calls that name one
 * @param title the finding's title; {@code %s} is the API
 * @param description the finding's description; {@code %1$s} is the API, {@code %2$s} the user
 */
record FindingRule(
    String type,
    double severity,
    String eventSource,
    String eventName,
    Trigger trigger,
    Target target,
    String title,
    String description) {

  FindingRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(target, "target");
    if (severity < 1 || severity > 8.9) {
      throw new IllegalArgumentException("GuardDuty severities run 1.0-8.9, got " + severity);
    }
  }

  /** When a matching call raises the finding. */
  enum Trigger {
    /** Every successful call. */
    EVERY_CALL,
    /** The caller's first successful call of this API in the sandbox's life (see FindingRules). */
    FIRST_CALL
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
