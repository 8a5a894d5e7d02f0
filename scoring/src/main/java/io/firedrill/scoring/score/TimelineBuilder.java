package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The story of the exercise, line by line: what each party did, as CloudTrail showed it, with the
 * injects that CloudTrail has no record of (read calls are not polled) from the injector's own log.
 */
final class TimelineBuilder {

  private TimelineBuilder() {}

  static List<TimelineEntry> build(List<JournalEntry> journal, Attribution attribution) {
    List<TimelineEntry> lines = new ArrayList<>();
    for (JournalEntry entry : journal) {
      switch (entry.type()) {
        case EntryTypes.INJECT_FIRED -> {
          for (JsonNode call : entry.data().path("calls")) {
            lines.add(
                new TimelineEntry(
                    entry.at(),
                    Party.ACTOR,
                    entry.text("actor"),
                    "inject "
                        + entry.data().path("step").asInt()
                        + ": "
                        + call.path("service").asString()
                        + ":"
                        + call.path("operation").asString()
                        + " ("
                        + entry.text("technique")
                        + ")",
                    call.path("outcome").asString(),
                    null));
          }
        }
        case EntryTypes.TELEMETRY_OBSERVED -> {
          Party party = attribution.partyOf(entry);
          if (party != Party.CONTROL && party != Party.NOISE) {
            String who =
                entry.text("userName") != null ? entry.text("userName") : entry.text("arn");
            String error = entry.text("errorCode");
            lines.add(
                new TimelineEntry(
                    entry.at(),
                    party,
                    attribution.nameOf(entry) + " (" + who + ")",
                    "seen in CloudTrail: "
                        + service(entry.text("eventSource"))
                        + ":"
                        + entry.text("eventName"),
                    error == null ? "allowed" : error,
                    entry.text("eventId")));
          }
        }
        default -> {}
      }
    }
    return lines;
  }

  private static String service(String eventSource) {
    return eventSource == null ? "?" : eventSource.replace(".amazonaws.com", "");
  }
}
