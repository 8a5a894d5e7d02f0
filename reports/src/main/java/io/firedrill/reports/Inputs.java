package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.scoring.score.Scorecard;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report is made from: the journal, the scorecard computed from it, the settings, the
 * scenario file as run (when the bundle holds one whose hash matches the journal's) and the
 * evidence files already written.
 */
record Inputs(
    List<JournalEntry> journal,
    Scorecard card,
    ReportSettings settings,
    Scenario scenario,
    List<Manifest.Item> evidence,
    String evidenceSha256) {

  ExerciseStart start() {
    return ExerciseStart.fromJournal(journal.get(0));
  }

  List<JournalEntry> ofType(String type) {
    return journal.stream().filter(e -> Objects.equals(type, e.type())).toList();
  }

  List<JournalEntry> injects() {
    return ofType(EntryTypes.INJECT_FIRED);
  }

  List<String> attackIds(String technique) {
    return settings.attackIds().getOrDefault(technique, List.of());
  }
}
