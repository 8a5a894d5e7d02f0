package io.firedrill.features;

import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueCatalog;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A one-step scenario that plays a single technique with the leaked key at 0s. Its expectations are
 * what the technique should leave behind (its CloudTrail events and GuardDuty findings, and the
 * responses the playbook makes to them), so the run lasts until the scorer has seen them all, or
 * until the short end time when something never shows.
 */
final class SingleTechnique {

  private SingleTechnique() {}

  static String yaml(
      String techniqueId,
      Map<String, String> with,
      String baseline,
      String leakedKeyOf,
      Playbook playbook) {
    Technique<?> technique =
        TechniqueCatalog.find(techniqueId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no technique '"
                            + techniqueId
                            + "'; see `firedrill techniques` for the catalog"));
    TechniqueInfo info = technique.info();
    Map<String, String> parameters = new LinkedHashMap<>(StandardParameters.of(techniqueId));
    parameters.putAll(with);
    StringBuilder y = new StringBuilder();
    y.append("id: play-").append(techniqueId.replace('.', '-')).append('\n');
    y.append("title: ").append(quote("Play " + info.name())).append('\n');
    y.append("baseline: ").append(baseline).append('\n');
    y.append("actors:\n  attacker: { leakedKeyOf: ")
        .append(leakedKeyOf)
        .append(", sourceIp: 203.0.113.7 }\n");
    y.append("timeline:\n  - at: 0s\n    actor: attacker\n    technique: ").append(techniqueId);
    if (!parameters.isEmpty()) {
      y.append("\n    with: { ")
          .append(
              parameters.entrySet().stream()
                  .map(e -> e.getKey() + ": " + quote(e.getValue()))
                  .collect(Collectors.joining(", ")))
          .append(" }");
    }
    y.append("\nexpect:\n");
    List<String> detect = new ArrayList<>();
    for (String event : info.eventNames()) {
      if (readOnly(event)) {
        continue; // the scorer reads write events only, as EventBridge rules on CloudTrail see them
      }
      detect.add(
          "{ id: " + slug(event) + "-seen, event: " + event + ", by: attacker, within: 1m }");
    }
    int n = 0;
    for (String finding : info.guardDutyFindings()) {
      detect.add(
          "{ id: finding-" + ++n + ", finding: " + quote(finding) + ", by: attacker, within: 2m }");
    }
    if (detect.isEmpty()) {
      // Nothing the scorer can see (read-only calls, no finding): the run lasts until its end.
      info.eventNames()
          .forEach(
              e ->
                  detect.add(
                      "{ id: " + slug(e) + "-seen, event: " + e + ", by: attacker, within: 1m }"));
    }
    section(y, "detect", detect);
    String responseWithin =
        playbook == null ? "1m" : playbook.delay().plusMinutes(1).toSeconds() + "s";
    Map<String, List<String>> responses = new LinkedHashMap<>();
    if (playbook != null) {
      for (Playbook.Rule rule : playbook.rules()) {
        if (info.eventNames().contains(rule.eventName())) {
          String[] answer = answer(rule.response());
          if (answer != null) {
            responses
                .computeIfAbsent(answer[0], k -> new ArrayList<>())
                .add(
                    "{ id: "
                        + slug(answer[1])
                        + "-by-blue, event: "
                        + answer[1]
                        + ", by: blue, within: "
                        + responseWithin
                        + " }");
          }
        }
      }
    }
    responses.forEach((phase, items) -> section(y, phase, items.stream().distinct().toList()));
    y.append("end: ")
        .append(playbook == null ? "2m" : playbook.delay().plusMinutes(3).toSeconds() + "s")
        .append('\n');
    return y.toString();
  }

  /** The phase and CloudTrail event by which a playbook response shows. */
  private static String[] answer(Playbook.Response response) {
    return switch (response.name()) {
      case "RESTART_LOGGING" -> new String[] {"recover", "StartLogging"};
      case "DEACTIVATE_CALLER_KEY" -> new String[] {"contain", "UpdateAccessKey"};
      case "QUARANTINE_CALLER" -> new String[] {"contain", "AttachUserPolicy"};
      case "DELETE_CREATED_USER" -> new String[] {"eradicate", "DeleteUser"};
      default -> null; // a response this library does not know how to expect: not waited for
    };
  }

  private static boolean readOnly(String event) {
    return event.startsWith("Get") || event.startsWith("List") || event.startsWith("Describe");
  }

  private static void section(StringBuilder y, String phase, List<String> items) {
    if (!items.isEmpty()) {
      y.append("  ").append(phase).append(":\n");
      items.forEach(i -> y.append("    - ").append(i).append('\n'));
    }
  }

  private static String slug(String event) {
    return event.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
