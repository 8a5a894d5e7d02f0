package io.firedrill.sandbox.guardduty;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A saved filter. With action ARCHIVE it is a suppression rule: findings it matches are archived as
 * they are raised or updated. With NOOP it is only a saved query.
 *
 * @param name 3-64 letters, digits, {@code -}, {@code _} or {@code .}
 * @param description free text, or null
 * @param action NOOP or ARCHIVE
 * @param rank its position among the detector's filters, 1 first
 * @param findingCriteria the criteria, as ListFindings takes them
 * @param tags the filter's tags
 */
public record FindingFilter(
    String name,
    String description,
    String action,
    int rank,
    JsonNode findingCriteria,
    Map<String, String> tags) {

  public FindingFilter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(findingCriteria, "findingCriteria");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  boolean archives() {
    return "ARCHIVE".equals(action);
  }
}
