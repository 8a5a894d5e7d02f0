package io.firedrill.features;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.detect.DetectionRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a detection rule went off in time during an exercise, read from its journal; when not, a
 * message a detection engineer can act on: the rule, the technique it should have caught, what the
 * rule looks for, and what CloudTrail saw instead.
 */
final class DetectionCheck {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int SHOWN = 12;

  private DetectionCheck() {}

  /**
   * @param rules the rules in use, to find the one named
   * @param limit scenario time, from the first inject of a technique the rule is meant for (or of
   *     any technique when it names none that was played)
   * @return why the rule did not fire in time, or empty when it did
   */
  static Optional<String> failure(
      List<JournalEntry> journal, List<DetectionRule> rules, String name, Duration limit) {
    DetectionRule rule = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    if (rule == null) {
      return Optional.of(
          "there is no detection rule '"
              + name
              + "' among the rules in use: "
              + rules.stream().map(DetectionRule::name).collect(Collectors.joining(", ")));
    }
    JournalEntry played = firstInject(journal, rule.techniques());
    Duration from = played == null ? Duration.ZERO : played.at();
    String technique = played == null ? "(no technique was played)" : played.text("technique");
    Optional<JournalEntry> fired =
        journal.stream()
            .filter(e -> EntryTypes.DETECTION_MATCHED.equals(e.type()))
            .filter(e -> name.equals(e.text("rule")))
            // Not what the baseline's own setup set off before the clock started.
            .filter(e -> e.at().compareTo(from) >= 0)
            .findFirst();
    if (fired.isPresent() && fired.get().at().minus(from).compareTo(limit) <= 0) {
      return Optional.empty();
    }
    StringBuilder m =
        new StringBuilder("detection '")
            .append(name)
            .append("' (")
            .append(shortPath(rule.source()))
            .append(") ");
    if (fired.isPresent()) {
      m.append("fired only ")
          .append(seconds(fired.get().at().minus(from)))
          .append(" after ")
          .append(technique)
          .append(" was played, later than ")
          .append(seconds(limit));
      return Optional.of(m.toString());
    }
    m.append("did not fire within ")
        .append(seconds(limit))
        .append(" of ")
        .append(technique)
        .append(played == null ? "" : " (played at " + seconds(from) + ")")
        .append(
            rule.techniques().isEmpty()
                ? ""
                : "; it is meant to catch " + String.join(", ", rule.techniques()))
        .append(". ")
        .append(looksFor(rule))
        .append(". CloudTrail saw instead: ")
        .append(seen(journal, from));
    return Optional.of(m.toString());
  }

  private static JournalEntry firstInject(List<JournalEntry> journal, List<String> techniques) {
    List<JournalEntry> injects =
        journal.stream().filter(e -> EntryTypes.INJECT_FIRED.equals(e.type())).toList();
    return injects.stream()
        .filter(e -> techniques.contains(e.text("technique")))
        .findFirst()
        .orElse(injects.isEmpty() ? null : injects.get(0));
  }

  private static String looksFor(DetectionRule rule) {
    if (rule.pattern() == null) {
      return "It looks for GuardDuty findings of type " + rule.findingType();
    }
    JsonNode detail = JSON.readTree(rule.pattern()).path("detail");
    List<String> parts = new ArrayList<>();
    for (String field : List.of("eventSource", "eventName")) {
      if (detail.has(field)) {
        parts.add(field + " " + detail.get(field));
      }
    }
    return parts.isEmpty()
        ? "Its pattern is " + rule.pattern()
        : "It looks for " + String.join(" and ", parts);
  }

  private static String seen(List<JournalEntry> journal, Duration from) {
    List<String> records =
        journal.stream()
            .filter(e -> EntryTypes.TELEMETRY_OBSERVED.equals(e.type()))
            .filter(e -> e.text("eventName") != null)
            .filter(e -> e.at().compareTo(from) >= 0)
            .map(
                e ->
                    e.text("eventName")
                        + " ("
                        + e.text("eventSource")
                        + (e.text("errorCode") == null ? "" : ", " + e.text("errorCode"))
                        + ") by "
                        + (e.text("userName") != null ? e.text("userName") : e.text("arn"))
                        + " at "
                        + seconds(e.at()))
            .toList();
    if (records.isEmpty()) {
      return "nothing";
    }
    String shown = String.join("; ", records.subList(0, Math.min(SHOWN, records.size())));
    return records.size() > SHOWN ? shown + "; and " + (records.size() - SHOWN) + " more" : shown;
  }

  /** A rule file's path from the firedrill home when it lies there, as people wrote it. */
  private static String shortPath(String source) {
    java.nio.file.Path file = java.nio.file.Path.of(source).toAbsolutePath().normalize();
    java.nio.file.Path home = Settings.home();
    return file.startsWith(home) ? home.relativize(file).toString() : file.toString();
  }

  static String seconds(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0
        ? millis / 1000 + "s"
        : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
  }
}
