package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The story of the exercise, line by line: what each party did, as CloudTrail showed it, with the
 * injects that CloudTrail has no record of (read calls are not polled) from the injector's own log.
 * Lines are added as the journal is read, in its order; their repeated texts (who, what, the
 * outcome) are held once, since a replayed trail can tell a million lines.
 */
final class TimelineBuilder {

  private final List<TimelineEntry> lines = new ArrayList<>();
  private final Map<String, String> texts = new HashMap<>();

  /** An {@code inject.fired} entry: a line for each call it made. */
  void inject(JournalEntry entry) {
    for (JsonNode call : entry.data().path("calls")) {
      lines.add(
          new TimelineEntry(
              entry.at(),
              Party.ACTOR,
              once(entry.text("actor")),
              "inject "
                  + entry.data().path("step").asInt()
                  + ": "
                  + call.path("service").asString()
                  + ":"
                  + call.path("operation").asString()
                  + " ("
                  + entry.text("technique")
                  + ")",
              once(call.path("outcome").asString()),
              null));
    }
  }

  /**
   * A {@code telemetry.observed} entry, attributed: a line when an actor or the blue team made it.
   */
  void observed(JournalEntry entry, Party party, String name) {
    if (party != Party.ACTOR && party != Party.BLUE) {
      return;
    }
    String who = entry.text("userName") != null ? entry.text("userName") : entry.text("arn");
    String error = entry.text("errorCode");
    lines.add(
        new TimelineEntry(
            entry.at(),
            party,
            once(name + " (" + who + ")"),
            once(
                "seen in CloudTrail: "
                    + service(entry.text("eventSource"))
                    + ":"
                    + entry.text("eventName")),
            error == null ? "allowed" : once(error),
            entry.text("eventId")));
  }

  List<TimelineEntry> lines() {
    return List.copyOf(lines);
  }

  private String once(String text) {
    return text == null ? null : texts.computeIfAbsent(text, t -> t);
  }

  private static String service(String eventSource) {
    return eventSource == null ? "?" : eventSource.replace(".amazonaws.com", "");
  }
}
