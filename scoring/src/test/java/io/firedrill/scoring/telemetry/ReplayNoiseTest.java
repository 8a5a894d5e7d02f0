package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.DetectionRules;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A replay leaves out of its journal the records the scorer has no use for (AWS services' read-only
 * calls that no rule matched), counts them, and scores exactly as it did with them.
 */
class ReplayNoiseTest {

  private static final Path INVICTUS =
      Path.of("..", "..", "shared", "data", "real-aws", "cloudtrail", "invictus-ir", "CloudTrail");
  private static final Clock WALL =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static String record(String id, String time, String identity, String more) {
    return "{\"eventID\":\""
        + id
        + "\",\"eventTime\":\""
        + time
        + "\",\"eventSource\":\"s3.amazonaws.com\",\"recipientAccountId\":\"111122223333\","
        + "\"userIdentity\":"
        + identity
        + more
        + "}";
  }

  @Test
  void leavesOutServicesReadsThatNoRuleMatchedAndCountsThem() throws IOException {
    String service = "{\"type\":\"AWSService\",\"invokedBy\":\"s3.amazonaws.com\"}";
    String eve = "{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::111122223333:user/eve\"}";
    Files.writeString(
        dir.resolve("trail.json"),
        "{\"Records\":["
            + String.join(
                ",",
                // The noise of a trail: left out.
                record(
                    "n1",
                    "2026-12-01T10:00:05Z",
                    service,
                    ",\"eventName\":\"GetBucketAcl\",\"readOnly\":true"),
                // A service's write: kept.
                record(
                    "w1",
                    "2026-12-01T10:00:01Z",
                    service,
                    ",\"eventName\":\"PutObject\",\"readOnly\":false"),
                // A service's read that a rule catches: kept, with its match.
                record(
                    "r1",
                    "2026-12-01T10:00:02Z",
                    service,
                    ",\"eventName\":\"ListBuckets\",\"readOnly\":true"),
                // A person's read: kept, the scorer attributes it to an actor or the blue team.
                record(
                    "p1",
                    "2026-12-01T10:00:03Z",
                    eve,
                    ",\"eventName\":\"GetBucketAcl\",\"readOnly\":true"),
                // Noise that is first and last in time still marks the trail's start and end.
                record(
                    "n0",
                    "2026-12-01T09:59:00Z",
                    service,
                    ",\"eventName\":\"HeadBucket\",\"readOnly\":true"),
                record(
                    "n9",
                    "2026-12-01T10:10:00Z",
                    service,
                    ",\"eventName\":\"HeadBucket\",\"readOnly\":true"))
            + "]}");
    List<DetectionRule> rules =
        List.of(
            new DetectionRule(
                "buckets-listed",
                "low",
                List.of(),
                "{\"detail\":{\"eventName\":[\"ListBuckets\"]}}",
                "test"));
    Path file = dir.resolve("journal.jsonl");

    try (Journal journal = Journal.createWriteOnly(file, WALL)) {
      assertThat(
              Replay.journal(
                  CloudTrailFiles.local(dir.resolve("trail.json")),
                  account -> start(account, List.of()),
                  journal,
                  rules,
                  (filesDone, files, bytesDone, bytes) -> {},
                  true))
          .isEqualTo(6);
    }

    List<JournalEntry> entries = JournalReader.read(file);
    assertThat(entries)
        .filteredOn(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
        .extracting(e -> e.text("eventId") + "@" + e.at().toSeconds())
        .containsExactly("w1@61", "r1@62", "p1@63");
    assertThat(entries)
        .filteredOn(e -> e.type().equals(EntryTypes.DETECTION_MATCHED))
        .extracting(e -> e.text("eventId") + " " + e.text("rule"))
        .containsExactly("r1 buckets-listed");
    JournalEntry summary = entries.get(entries.size() - 2);
    assertThat(summary.type()).isEqualTo(EntryTypes.TELEMETRY_SUMMARIZED);
    assertThat(summary.data().path("read").asLong()).isEqualTo(6);
    assertThat(summary.data().path("skipped").asLong()).isEqualTo(3);
    assertThat(summary.data().path("journaled").asLong()).isEqualTo(3);
    JournalEntry end = entries.get(entries.size() - 1);
    assertThat(end.type()).isEqualTo(EntryTypes.EXERCISE_ENDED);
    assertThat(end.at()).isEqualTo(Duration.ofMinutes(11));
    assertThat(entries.get(0).text("accountId")).isEqualTo("111122223333");
  }

  @Test
  void theRealTrailScoresTheSameWithAndWithoutTheNoise() throws IOException {
    assumeTrue(Files.isDirectory(INVICTUS), "no real trail here");
    List<DetectionRule> rules = DetectionRules.load(Path.of("..", "detections"));
    ExerciseStart start =
        start(
            "123837392027",
            List.of(
                new ExerciseStart.ActorKey(
                    "attacker",
                    "bert-jan",
                    "arn:aws:iam::123837392027:user/bert-jan",
                    null,
                    null)));
    Path all = replay("all.jsonl", start, rules, false);
    Path kept = replay("kept.jsonl", start, rules, true);

    List<JournalEntry> allEntries = JournalReader.read(all);
    List<JournalEntry> keptEntries = JournalReader.read(kept);
    Scorecard withNoise = Scorer.score(allEntries);
    Scorecard without = Scorer.score(keptEntries);

    assertThat(without).isEqualTo(withNoise); // records all the way down, with the timeline
    assertThat(withNoise.timeline()).isNotEmpty();
    long observedAll = count(allEntries, EntryTypes.TELEMETRY_OBSERVED);
    long observedKept = count(keptEntries, EntryTypes.TELEMETRY_OBSERVED);
    assertThat(observedAll).isEqualTo(2900);
    JournalEntry summary = keptEntries.get(keptEntries.size() - 2);
    assertThat(summary.data().path("skipped").asLong())
        .isPositive()
        .isEqualTo(observedAll - observedKept);
    assertThat(count(keptEntries, EntryTypes.DETECTION_MATCHED))
        .isPositive()
        .isEqualTo(count(allEntries, EntryTypes.DETECTION_MATCHED));
  }

  @Test
  void eachObservationIsWhatTheTreeOfItsRecordGives() {
    assumeTrue(Files.isDirectory(INVICTUS), "no real trail here");
    Map<String, JsonNode> records = new HashMap<>();
    CloudTrailFiles.read(INVICTUS, r -> records.put(r.path("eventID").asString(), r));
    Path file = replay("journal.jsonl", start("123837392027", List.of()), List.of(), false);

    List<JournalEntry> observed =
        JournalReader.read(file).stream()
            .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
            .toList();

    assertThat(observed).hasSize(records.size());
    for (JournalEntry o : observed) {
      JsonNode expected =
          JSON.valueToTree(Observations.of("cloudtrail.files", records.get(o.text("eventId"))));
      assertThat(o.data()).isEqualTo(expected);
    }
  }

  private Path replay(String name, ExerciseStart start, List<DetectionRule> rules, boolean leave) {
    Path file = dir.resolve(name);
    try (Journal journal = Journal.createWriteOnly(file, WALL)) {
      Replay.journal(
          CloudTrailFiles.local(INVICTUS),
          account -> start,
          journal,
          rules,
          (filesDone, files, bytesDone, bytes) -> {},
          leave);
    }
    return file;
  }

  private static long count(List<JournalEntry> entries, String type) {
    return entries.stream().filter(e -> e.type().equals(type)).count();
  }

  private static ExerciseStart start(String account, List<ExerciseStart.ActorKey> actors) {
    return new ExerciseStart(
        "replay-noise",
        "replay",
        "A replay",
        "0".repeat(64),
        "aws",
        account,
        "us-east-1",
        "1",
        null,
        actors,
        List.of(
            new Expectation(
                Phase.DETECT,
                "trail-stopped",
                "StopLogging",
                null,
                "attacker",
                Duration.ofMinutes(5),
                SourceLocation.unknown("t")),
            new Expectation(
                Phase.RECOVER,
                "trail-restarted",
                "StartLogging",
                null,
                "blue",
                Duration.ofMinutes(15),
                SourceLocation.unknown("t"))));
  }
}
