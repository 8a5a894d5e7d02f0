package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.score.ExpectationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The detection coverage matrix: for each technique played, each detection the scenario expected of
 * it, how that went and how long it took. A technique nothing was expected to detect is a row too:
 * a gap in coverage is what this matrix is for.
 */
final class Coverage {

  static final String CLOUDTRAIL = "CloudTrail";
  static final String GUARDDUTY = "GuardDuty";

  private Coverage() {}

  static List<Map<String, Object>> rows(Inputs in) {
    Map<String, Set<String>> callsByTechnique = new LinkedHashMap<>();
    for (JournalEntry e : in.injects()) {
      Set<String> calls =
          callsByTechnique.computeIfAbsent(e.text("technique"), t -> new LinkedHashSet<>());
      for (JsonNode call : e.data().path("calls")) {
        calls.add(call.path("operation").asString());
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<ExpectationResult> placed = new LinkedHashSet<>();
    for (var technique : callsByTechnique.entrySet()) {
      boolean any = false;
      for (ExpectationResult r : detections(in)) {
        if (technique.getValue().contains(calledBy(in, r))) {
          rows.add(row(in, technique.getKey(), r));
          placed.add(r);
          any = true;
        }
      }
      if (!any) {
        Map<String, Object> gap = base(in, technique.getKey());
        gap.put("expectation", null);
        gap.put("detection", "none expected");
        gap.put("source", null);
        gap.put("outcome", "not expected");
        gap.put("latencyMillis", null);
        gap.put("latency", "-");
        rows.add(gap);
      }
    }
    for (ExpectationResult r : detections(in)) {
      if (!placed.contains(r)) {
        rows.add(row(in, null, r));
      }
    }
    return rows;
  }

  private static List<ExpectationResult> detections(Inputs in) {
    return in.card().expectations().stream().filter(r -> "detect".equals(r.phase())).toList();
  }

  /**
   * The API call a detection is about: its event name, or for a GuardDuty finding the call the
   * finding names; null for a finding that never came.
   */
  private static String calledBy(Inputs in, ExpectationResult r) {
    if (!isFinding(r)) {
      return r.event();
    }
    if (r.evidence() == null) {
      return null;
    }
    for (JournalEntry e : in.ofType(EntryTypes.TELEMETRY_OBSERVED)) {
      if (r.evidence().eventId().equals(e.text("findingId"))) {
        return e.text("api");
      }
    }
    return null;
  }

  static boolean isFinding(ExpectationResult r) {
    return r.event() != null && r.event().contains(":") && r.event().contains("/");
  }

  private static Map<String, Object> row(Inputs in, String technique, ExpectationResult r) {
    Map<String, Object> row = base(in, technique);
    row.put("expectation", r.id());
    row.put("detection", r.event());
    row.put("source", isFinding(r) ? GUARDDUTY : CLOUDTRAIL);
    row.put("outcome", Capabilities.outcome(r));
    row.put("latencyMillis", Format.millis(r.latency()));
    row.put("latency", Format.human(r.latency()));
    return row;
  }

  private static Map<String, Object> base(Inputs in, String technique) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("technique", technique == null ? "(no inject seen to match)" : technique);
    row.put("attackIds", technique == null ? List.of() : in.attackIds(technique));
    return row;
  }
}
