package io.firedrill.sandbox.guardduty;

import java.util.Objects;

/**
 * One GuardDuty finding type as the sandbox raises it.
 *
 * @param type the type name, e.g. {@code Stealth:IAMUser/CloudTrailLoggingDisabled}
 * @param severity AWS's documented default severity: 2 low, 5 medium, 8 high
 * @param title the finding's title; {@code %1$s} is the API, {@code %2$s} the user, {@code %3$s}
 *     the source IP
 * @param description the finding's description, with the same placeholders
 */
record FindingType(String type, double severity, String title, String description) {

  FindingType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    if (severity < 1 || severity > 8.9) {
      throw new IllegalArgumentException("GuardDuty severities run 1.0-8.9, got " + severity);
    }
  }

  String title(String api, String user, String ip) {
    return String.format(title, api, user, ip);
  }

  String description(String api, String user, String ip) {
    return String.format(description, api, user, ip);
  }
}
