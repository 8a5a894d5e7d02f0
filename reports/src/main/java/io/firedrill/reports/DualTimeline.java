package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.score.Party;
import io.firedrill.scoring.score.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What the attacker did beside what the defenders saw and did, each line citing the record that
 * shows it: a CloudTrail eventID, a GuardDuty finding id, or for an inject CloudTrail has no record
 * of (reads are not polled), AWS's request id.
 */
final class DualTimeline {

  /**
   * Past this many lines the report shows the cited ones and the first others; the journal has all.
   */
  static final int MAX_LINES = 400;

  record Line(
      Duration at,
      String lane,
      String who,
      String what,
      String outcome,
      String cites,
      String citesKind,
      boolean cited) {}

  private DualTimeline() {}

  static List<Line> lines(Inputs in) {
    Set<String> cited =
        in.card().expectations().stream()
            .filter(r -> r.evidence() != null)
            .map(r -> r.evidence().eventId())
            .collect(Collectors.toSet());
    List<Line> lines = new ArrayList<>();
    for (JournalEntry e : in.injects()) {
      for (JsonNode call : e.data().path("calls")) {
        lines.add(
            new Line(
                e.at(),
                "attacker",
                e.text("actor"),
                "inject "
                    + e.data().path("step").asInt()
                    + ": "
                    + call.path("service").asString()
                    + ":"
                    + call.path("operation").asString(),
                call.path("outcome").asString(),
                call.path("requestId").asString(null),
                "requestId",
                true));
      }
    }
    for (TimelineEntry t : in.card().timeline()) {
      if (t.evidence() != null && (t.party() == Party.ACTOR || t.party() == Party.BLUE)) {
        lines.add(
            new Line(
                t.at(),
                t.party() == Party.ACTOR ? "attacker" : "blue",
                t.who(),
                t.what(),
                t.outcome(),
                t.evidence(),
                "eventID",
                cited.contains(t.evidence())));
      }
    }
    for (JournalEntry e : in.ofType(EntryTypes.TELEMETRY_OBSERVED)) {
      if (e.text("findingId") != null && !e.data().path("update").asBoolean()) {
        lines.add(
            new Line(
                e.at(),
                "detection",
                "GuardDuty",
                "finding " + e.text("findingType"),
                "severity " + e.data().path("severity").asString(),
                e.text("findingId"),
                "finding id",
                true));
      }
    }
    lines.sort(Comparator.comparing(Line::at));
    return lines;
  }

  /** The lines the report shows: all of them, or past {@link #MAX_LINES} the cited ones first. */
  static List<Line> shown(List<Line> all) {
    if (all.size() <= MAX_LINES) {
      return all;
    }
    List<Line> keep = new ArrayList<>(all.stream().filter(Line::cited).limit(MAX_LINES).toList());
    all.stream().filter(l -> !l.cited()).limit(MAX_LINES - keep.size()).forEach(keep::add);
    keep.sort(Comparator.comparing(Line::at));
    return keep;
  }

  static Map<String, Object> model(List<Line> shown, int total) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Line l : shown) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("atMillis", l.at().toMillis());
      row.put("at", Format.clock(l.at()));
      row.put("lane", l.lane());
      row.put("who", l.who());
      row.put("what", l.what());
      row.put("outcome", l.outcome());
      row.put("cites", l.cites());
      row.put("citesKind", l.citesKind());
      rows.add(row);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("total", total);
    model.put("shown", shown.size());
    model.put("lines", rows);
    return model;
  }
}
