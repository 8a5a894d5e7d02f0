package io.firedrill.injector.technique;

import java.util.Comparator;
import java.util.List;

/** The technique catalog as a Markdown page, generated from the techniques themselves. */
public final class TechniqueDocs {

  private TechniqueDocs() {}

  public static String markdown() {
    List<TechniqueInfo> infos =
        TechniqueCatalog.all().stream()
            .map(Technique::info)
            .sorted(Comparator.comparing(TechniqueInfo::tactic).thenComparing(TechniqueInfo::id))
            .toList();
    StringBuilder out = new StringBuilder();
    out.append("# Technique catalog\n\n")
        .append(
            "Generated from the technique classes by `TechniqueDocs`; a test fails when this page is stale.\n")
        .append(
            "Regenerate it with `mvn -pl injector test -Dtest=TechniqueDocsTest -Dfiredrill.regenerate=true`.\n\n")
        .append(
            "| id | name | ATT&CK | incident type | CloudTrail events | GuardDuty findings | permissions |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (TechniqueInfo info : infos) {
      out.append("| `")
          .append(info.id())
          .append("` | ")
          .append(info.name())
          .append(" | ")
          .append(String.join(", ", info.attackIds()))
          .append(" | ")
          .append(info.incidentType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append(" | ")
          .append(String.join(", ", info.eventNames()))
          .append(" | ")
          .append(
              info.guardDutyFindings().isEmpty()
                  ? "none"
                  : String.join(", ", info.guardDutyFindings()))
          .append(" | ")
          .append(info.permissions().isEmpty() ? "none" : String.join(", ", info.permissions()))
          .append(" |\n");
    }
    out.append("\n## What each does\n");
    for (TechniqueInfo info : infos) {
      out.append("\n### `")
          .append(info.id())
          .append("`\n\n")
          .append(info.description())
          .append('\n');
    }
    return out.toString();
  }
}
