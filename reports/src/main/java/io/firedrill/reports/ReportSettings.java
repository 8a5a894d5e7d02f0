package io.firedrill.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report needs besides the journal: its document control, and what the technique catalog
 * says about each technique (the journal names techniques, the catalog knows their ATT&amp;CK ids).
 *
 * @param version the report's version as the exercise's owner counts them, such as "1.0"
 * @param approver who approved a final report; null when nobody has
 * @param attackIds MITRE ATT&amp;CK technique ids by firedrill technique id
 */
public record ReportSettings(
    Status status, String version, String approver, Map<String, List<String>> attackIds) {

  /** Whether the report is still being reviewed or has been approved. */
  public enum Status {
    DRAFT,
    FINAL
  }

  public ReportSettings {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(version, "version");
    attackIds = Map.copyOf(attackIds);
  }

  /** A draft, version 0.1, as every report starts. */
  public static ReportSettings draft(Map<String, List<String>> attackIds) {
    return new ReportSettings(Status.DRAFT, "0.1", null, attackIds);
  }
}
