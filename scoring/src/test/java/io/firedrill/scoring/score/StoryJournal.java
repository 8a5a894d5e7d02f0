package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Scoring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the journal of a recorded exercise, entry by entry, in the shapes the injector, the
 * pollers, the detections and the prober write: telemetry with known answers.
 */
final class StoryJournal {

  static final String ATTACKER_KEY = "AKIAATTACKER00000001";
  static final String BLUE_KEY = "AKIABLUE000000000001";
  static final String CONTROL_KEY = "AKIACONTROL000000001";

  private final Journal journal;

  StoryJournal(Path file, List<Expectation> expectations, Scoring scoring) {
    journal =
        Journal.create(file, Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
    ExerciseStart start =
        new ExerciseStart(
            "story-1",
            "leaked-access-key",
            "title",
            "0".repeat(64),
            "embedded",
            "000000000000",
            "us-east-1",
            "max",
            CONTROL_KEY,
            List.of(
                new ExerciseStart.ActorKey(
                    "attacker",
                    "dev-frank",
                    "arn:aws:iam::000000000000:user/dev-frank",
                    ATTACKER_KEY,
                    "203.0.113.7")),
            expectations,
            scoring,
            List.of());
    journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.toJournal());
  }

  /** An inject at a second, making calls with these request ids. */
  StoryJournal inject(int second, int step, String technique, String... requestIds) {
    List<Map<String, Object>> calls =
        java.util.Arrays.stream(requestIds)
            .map(
                id -> {
                  Map<String, Object> call = new LinkedHashMap<>();
                  call.put("service", "aws");
                  call.put("operation", id.substring(0, id.indexOf('#')));
                  call.put("requestId", id);
                  call.put("outcome", "allowed");
                  return call;
                })
            .toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("step", step);
    data.put("technique", technique);
    data.put("actor", "attacker");
    data.put("calls", calls);
    journal.append(EntryTypes.INJECT_FIRED, Duration.ofSeconds(second), data);
    return this;
  }

  /** A CloudTrail record seen at a second: its event id is "ev-" plus the request id. */
  StoryJournal record(
      int second, String key, String eventName, String requestId, Map<String, Object> params) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", "cloudtrail.lookup-events");
    data.put("eventId", "ev-" + requestId);
    data.put("eventName", eventName);
    data.put("eventSource", "aws.amazonaws.com");
    data.put("requestId", requestId);
    data.put("identityType", "IAMUser");
    data.put("userName", key.equals(ATTACKER_KEY) ? "dev-frank" : "blue-responder");
    data.put("accessKeyId", key);
    if (params != null) {
      data.put("requestParameters", params);
    }
    journal.append(EntryTypes.TELEMETRY_OBSERVED, Duration.ofSeconds(second), data);
    return this;
  }

  StoryJournal detection(int second, String rule, String severity, String requestId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rule", rule);
    data.put("severity", severity);
    data.put("source", "cloudtrail");
    data.put("eventId", "ev-" + requestId);
    journal.append(EntryTypes.DETECTION_MATCHED, Duration.ofSeconds(second), data);
    return this;
  }

  StoryJournal finding(int second, String type, double severity, String api, int firstSeen) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", "guardduty.findings");
    data.put("findingId", "f-" + second);
    data.put("findingType", type);
    data.put("severity", severity);
    data.put("update", false);
    data.put("firstSeenAt", String.valueOf(firstSeen * 1000L));
    data.put("api", api);
    data.put("accessKeyId", ATTACKER_KEY);
    journal.append(EntryTypes.TELEMETRY_OBSERVED, Duration.ofSeconds(second), data);
    return this;
  }

  StoryJournal probe(int second, String probe, String target, String user, boolean passed) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("probe", probe);
    data.put("target", target);
    data.put("user", user);
    data.put("passed", passed);
    journal.append(EntryTypes.PROBE_CHECKED, Duration.ofSeconds(second), data);
    return this;
  }

  List<JournalEntry> end(int second) {
    journal.append(
        EntryTypes.EXERCISE_ENDED, Duration.ofSeconds(second), Map.of("reason", "reached the end"));
    journal.close();
    return JournalReader.read(journal.file());
  }

  static Map<String, Object> params(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
