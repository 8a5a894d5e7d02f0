package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.scoring.score.Scorecard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report is made from: the journal's entries it shows (all but the CloudTrail records
 * no result cites; see {@link ReportJournal}), the scorecard computed from the whole journal, the
 * settings, the scenario file as run (when the bundle holds one whose hash matches the journal's)
 * and the evidence files already written.
 *
 * @param journalSize how many entries the whole journal holds
 */
record Inputs(
    List<JournalEntry> journal,
    long journalSize,
    Scorecard card,
    ReportSettings settings,
    Scenario scenario,
    List<Manifest.Item> evidence,
    String evidenceSha256,
    Map<String, List<JournalEntry>> byType) {

  Inputs(
      List<JournalEntry> journal,
      long journalSize,
      Scorecard card,
      ReportSettings settings,
      Scenario scenario,
      List<Manifest.Item> evidence,
      String evidenceSha256) {
    this(journal, journalSize, card, settings, scenario, evidence, evidenceSha256, index(journal));
  }

  // Sections ask for entries by type again and again; a journal can be 100,000 entries long.
  private static Map<String, List<JournalEntry>> index(List<JournalEntry> journal) {
    Map<String, List<JournalEntry>> byType = new HashMap<>();
    for (JournalEntry e : journal) {
      byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    return byType;
  }

  ExerciseStart start() {
    return ExerciseStart.fromJournal(journal.get(0));
  }

  List<JournalEntry> ofType(String type) {
    return Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
  }

  List<JournalEntry> injects() {
    return ofType(EntryTypes.INJECT_FIRED);
  }

  List<String> attackIds(String technique) {
    return settings.attackIds().getOrDefault(technique, List.of());
  }
}
