package io.firedrill.exercise.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads what a scenario is about: severity, incident types, ATT&CK ids and objectives. */
final class MetadataReader {

  private static final String ATTACK_ID = "T\\d{4}(\\.\\d{3})?";

  private MetadataReader() {}

  static Metadata read(Map<String, YamlValue> fields) {
    String severity = ScenarioLoader.optional(fields, "severity").orElse("medium");
    if (!Metadata.SEVERITIES.contains(severity)) {
      fields
          .get("severity")
          .problem(
              "unknown severity '"
                  + severity
                  + "'; expected one of: "
                  + String.join(", ", Metadata.SEVERITIES));
    }
    List<String> types =
        list(
            fields.get("incidentTypes"),
            "incident types",
            Metadata.INCIDENT_TYPES::contains,
            "unknown incident type '%s'; expected one of: "
                + String.join(", ", Metadata.INCIDENT_TYPES));
    List<String> attack =
        list(
            fields.get("attack"),
            "MITRE ATT&CK technique ids",
            id -> id.matches(ATTACK_ID),
            "expected a MITRE ATT&CK technique id such as T1078.004; found '%s'");
    List<String> objectives =
        list(fields.get("objectives"), "objectives, one sentence each", text -> true, "");
    return new Metadata(severity, types, attack, objectives);
  }

  private static List<String> list(
      YamlValue value, String what, Predicate<String> valid, String invalid) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    for (YamlValue item : value.items("a list of " + what)) {
      item.text("one of the " + what)
          .ifPresent(
              text -> {
                if (valid.test(text)) {
                  result.add(text);
                } else {
                  item.problem(String.format(invalid, text));
                }
              });
    }
    return result;
  }
}
