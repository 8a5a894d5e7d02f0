package io.firedrill.shell.exercise;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.injector.timeline.Timeline;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Scorer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Where a running exercise stands, read from its journal: what the live view and {@code gameday
 * status} show.
 *
 * @param injects one line per inject fired: when, what and AWS's answer
 * @param detections one line per GuardDuty finding seen
 * @param blueActions one line per thing the blue team did: its own record and its changing calls
 * @param expectations one line per expectation: met, missed or pending
 * @param acknowledgeable what the blue team can acknowledge: expectation ids and finding types seen
 */
public record ExerciseStatus(
    String exerciseId,
    String scenarioId,
    Duration elapsed,
    Duration end,
    boolean paused,
    boolean running,
    Optional<Timeline.Upcoming> next,
    List<String> injects,
    List<String> detections,
    List<String> blueActions,
    List<String> expectations,
    long met,
    Set<String> acknowledgeable) {

  static ExerciseStatus of(
      String exerciseId,
      Scenario scenario,
      Duration elapsed,
      boolean paused,
      boolean running,
      Optional<Timeline.Upcoming> next,
      List<JournalEntry> entries) {
    Set<String> notBlue = new HashSet<>();
    List<String> injects = new ArrayList<>();
    List<String> detections = new ArrayList<>();
    List<String> blue = new ArrayList<>();
    Set<String> acknowledgeable = new java.util.TreeSet<>();
    for (JournalEntry entry : entries) {
      String at = Progress.at(entry.at());
      switch (entry.type()) {
        case EntryTypes.EXERCISE_STARTED -> {
          notBlue.add(entry.text("controlAccessKeyId"));
          entry.data().get("actors").forEach(a -> notBlue.add(text(a, "accessKeyId")));
        }
        case EntryTypes.INJECT_FIRED -> injects.add(at + "  " + inject(entry));
        case EntryTypes.TELEMETRY_OBSERVED -> {
          if (entry.text("findingType") != null) {
            detections.add(at + "  " + entry.text("findingType"));
            acknowledgeable.add(entry.text("findingType"));
          } else if (entry.text("eventName") != null
              && entry.text("accessKeyId") != null
              && !notBlue.contains(entry.text("accessKeyId"))
              && changes(entry.text("eventName"))) {
            blue.add(at + "  " + entry.text("eventName") + " (" + entry.text("accessKeyId") + ")");
          }
        }
        case EntryTypes.RESPONDER_ACTED -> blue.add(at + "  scripted: " + entry.text("response"));
        case EntryTypes.BLUE_ACKNOWLEDGED -> blue.add(at + "  acknowledged " + entry.text("what"));
        case EntryTypes.BLUE_NOTED -> blue.add(at + "  noted: " + entry.text("text"));
        case EntryTypes.BLUE_DECLARED ->
            blue.add(at + "  declared a " + entry.text("severity") + " incident");
        default -> {}
      }
    }
    List<String> expectations = new ArrayList<>();
    long met = 0;
    for (ExpectationResult e : Scorer.score(entries).expectations()) {
      boolean achieved = e.latency() != null;
      acknowledgeable.add(e.id());
      met += achieved ? 1 : 0;
      expectations.add(
          String.format(
              "%-8s %-9s %s",
              achieved ? e.outcome().name().toLowerCase(Locale.ROOT) : "pending",
              e.phase(),
              e.id()));
    }
    return new ExerciseStatus(
        exerciseId,
        scenario.id(),
        elapsed,
        scenario.end(),
        paused,
        running,
        next,
        injects,
        detections,
        blue,
        expectations,
        met,
        acknowledgeable);
  }

  private static String inject(JournalEntry entry) {
    StringBuilder line =
        new StringBuilder("inject " + entry.text("step") + " " + entry.text("technique") + ":");
    for (JsonNode call : entry.data().get("calls")) {
      line.append(' ').append(text(call, "operation")).append(' ').append(text(call, "outcome"));
    }
    return line.toString();
  }

  /** Whether an API call changes something, as a response does, rather than looks. */
  private static boolean changes(String eventName) {
    return !eventName.matches("(Get|List|Describe|Lookup|Head|Search).*");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }
}
