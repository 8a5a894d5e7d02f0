package io.firedrill.scoring.detect;

import java.util.List;

/**
 * A detection a team relies on: an EventBridge event pattern over CloudTrail records, or a
 * GuardDuty finding type with a minimum severity, with what it is for.
 *
 * @param name unique among the rules in use, e.g. cloudtrail-logging-disabled
 * @param severity low, medium, high or critical: how loudly the team is told
 * @param techniques the firedrill technique ids it should catch
 * @param pattern the EventBridge event pattern, as JSON, or null for a finding rule
 * @param findingType the GuardDuty finding type it fires on (a trailing {@code *} matches any type
 *     that starts so), or null for a pattern rule
 * @param minSeverity the lowest GuardDuty severity (0 to 10) it fires on
 * @param source the file it came from, for messages
 */
public record DetectionRule(
    String name,
    String severity,
    List<String> techniques,
    String pattern,
    String findingType,
    double minSeverity,
    String source) {

  public DetectionRule {
    techniques = List.copyOf(techniques);
    if ((pattern == null) == (findingType == null)) {
      throw new IllegalArgumentException("a rule has a pattern or a finding type, not both");
    }
  }

  /** A rule written as an EventBridge event pattern. */
  public DetectionRule(
      String name, String severity, List<String> techniques, String pattern, String source) {
    this(name, severity, techniques, pattern, null, 0, source);
  }

  /** Whether a GuardDuty finding sets this rule off. */
  public boolean matchesFinding(String type, double findingSeverity) {
    if (findingType == null || type == null || findingSeverity < minSeverity) {
      return false;
    }
    return findingType.endsWith("*")
        ? type.startsWith(findingType.substring(0, findingType.length() - 1))
        : findingType.equals(type);
  }
}
