package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The appendices (a journal excerpt, cleanup verification) and the hot wash. */
final class Appendices {

  /** The excerpt shows every entry that is not telemetry, then telemetry the results cite. */
  static final int MAX_EXCERPT = 200;

  private Appendices() {}

  static Map<String, Object> journalExcerpt(Inputs in) {
    Set<String> cited =
        in.card().expectations().stream()
            .filter(r -> r.evidence() != null)
            .map(r -> r.evidence().eventId())
            .collect(Collectors.toSet());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JournalEntry e : in.journal()) {
      if (rows.size() == MAX_EXCERPT) {
        break;
      }
      boolean telemetry = EntryTypes.TELEMETRY_OBSERVED.equals(e.type());
      boolean citedHere =
          telemetry && (cited.contains(e.text("eventId")) || cited.contains(e.text("findingId")));
      if ((!telemetry || citedHere) && rows.size() < MAX_EXCERPT) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", e.seq());
        row.put("at", Format.clock(e.at()));
        row.put("type", e.type());
        row.put("summary", summary(e));
        row.put("prev", e.prev().substring(0, 12));
        rows.add(row);
      }
    }
    Map<String, Object> excerpt = new LinkedHashMap<>();
    excerpt.put("total", in.journalSize());
    excerpt.put("shown", rows.size());
    excerpt.put("entries", rows);
    return excerpt;
  }

  private static String summary(JournalEntry e) {
    JsonNode d = e.data();
    return switch (e.type()) {
      case EntryTypes.EXERCISE_STARTED ->
          "exercise "
              + e.text("exerciseId")
              + ", scenario "
              + d.path("scenario").path("id").asString();
      case EntryTypes.INJECT_FIRED ->
          "step " + d.path("step").asInt() + " " + e.text("technique") + " by " + e.text("actor");
      case EntryTypes.LEDGER_RECORDED -> "about to change: " + e.text("kind") + " " + e.text("id");
      case EntryTypes.CLEANUP_DONE ->
          "undone " + d.path("undone").size() + ", left " + d.path("failed").size();
      case EntryTypes.RESPONDER_ACTED -> "scripted blue team: " + e.text("response");
      case EntryTypes.TELEMETRY_OBSERVED ->
          e.text("findingId") != null
              ? "GuardDuty finding " + e.text("findingType") + " " + e.text("findingId")
              : "CloudTrail " + e.text("eventName") + " " + e.text("eventId");
      case EntryTypes.EXERCISE_ENDED -> "ended: " + e.text("reason");
      case EntryTypes.BLUE_NOTED -> "blue team noted: " + Secrets.redact(e.text("text"));
      case EntryTypes.NOTICE_DELIVERED ->
          "notice from " + e.text("from") + ": " + Secrets.redact(e.text("subject"));
      default -> e.type();
    };
  }

  /**
   * What the injects changed, as the ledger recorded it before each change, and what cleanup
   * reports it undid: verified when every change is undone.
   */
  static Map<String, Object> cleanup(Inputs in) {
    List<Map<String, Object>> ledger = new ArrayList<>();
    for (JournalEntry e : in.ofType(EntryTypes.LEDGER_RECORDED)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("seq", e.seq());
      row.put("technique", e.text("technique"));
      row.put("change", e.text("kind") + " " + e.text("id"));
      ledger.add(row);
    }
    List<String> undone = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<JournalEntry> done = in.ofType(EntryTypes.CLEANUP_DONE);
    for (JournalEntry e : done) {
      e.data().path("undone").forEach(n -> undone.add(n.asString()));
      e.data().path("failed").forEach(n -> failed.add(n.asString()));
    }
    Map<String, Object> cleanup = new LinkedHashMap<>();
    cleanup.put("ledger", ledger);
    cleanup.put("undone", undone);
    cleanup.put("failed", failed);
    String verdict;
    if (done.isEmpty()) {
      verdict = ledger.isEmpty() ? "nothing to undo; cleanup " + Overview.NOT_RECORDED : "not run";
    } else {
      verdict = failed.isEmpty() ? "verified" : "incomplete";
    }
    cleanup.put("verdict", verdict);
    return cleanup;
  }

  /**
   * Hot wash notes, in the order they were journaled: what the blue team noted for the record
   * ({@code blue note}), and what the game master told the players during play ({@code gameday
   * notice}). The scenario's own scripted notices are part of the plan, not of the hot wash.
   */
  static Map<String, Object> hotWash(Inputs in) {
    List<Map<String, Object>> entries = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (JournalEntry e : in.journal()) {
      String by;
      String text;
      if (EntryTypes.BLUE_NOTED.equals(e.type())) {
        by = "blue team";
        text = e.text("text");
      } else if (EntryTypes.NOTICE_DELIVERED.equals(e.type())
          && !e.data().has("step")
          && "game master".equals(e.text("from"))) {
        by = "game master";
        String detail = e.text("text");
        text =
            Format.orDash(e.text("subject"))
                + (detail == null || detail.isBlank() ? "" : ": " + detail.strip());
      } else {
        continue;
      }
      text = Secrets.redact(text == null ? "" : text.strip());
      Map<String, Object> note = new LinkedHashMap<>();
      note.put("seq", e.seq());
      note.put("atMillis", e.at().toMillis());
      note.put("at", Format.clock(e.at()));
      note.put("by", by);
      note.put("text", text);
      entries.add(note);
      notes.add(Format.clock(e.at()) + ", " + by + ": " + text);
    }
    Map<String, Object> hotWash = new LinkedHashMap<>();
    hotWash.put("recorded", !notes.isEmpty());
    hotWash.put("notes", notes);
    hotWash.put("entries", entries);
    hotWash.put(
        "note",
        notes.isEmpty()
            ? "Hot wash notes: none were journaled (the blue team records one with 'blue note',"
                + " the game master with 'gameday notice')"
            : notes.size() + " notes, from the journal's blue.noted and game master's notices");
    return hotWash;
  }

  static List<Map<String, Object>> manifest(List<Manifest.Item> items) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Manifest.Item item : items) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", item.name());
      row.put("sha256", item.sha256());
      row.put("bytes", item.bytes());
      rows.add(row);
    }
    return rows;
  }
}
