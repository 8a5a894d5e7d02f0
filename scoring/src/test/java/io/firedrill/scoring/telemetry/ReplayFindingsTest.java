package io.firedrill.scoring.telemetry;

import static io.firedrill.scoring.telemetry.GuardDutyFilesTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay of a trail and of GuardDuty's findings about the same hour: the attacker, known only by
 * its principal's ARN, stops the trail at 10:00:10 with its key; GuardDuty creates a finding naming
 * that key at 10:03:00 and raises its count twice afterwards.
 */
class ReplayFindingsTest {

  private static final String STEALTH = "Stealth:IAMUser/CloudTrailLoggingDisabled";

  @TempDir Path dir;

  @Test
  void theFindingIsTheAttackersByTheKeyItsRecordsSignedWithAndTimedFromItsFirstSighting()
      throws Exception {
    Path journal = replay(trail("2026-11-20T10:00:10Z"), findings());

    ExpectationResult seen = Scorer.score(journal).expectations().get(0);

    assertThat(seen.outcome()).isEqualTo(Outcome.MET);
    // eventFirstSeen is the StopLogging's instant, the replay's zero; created 2m50s later.
    assertThat(seen.startedAt()).isEqualTo(Duration.ZERO);
    assertThat(seen.latency()).isEqualTo(Duration.ofSeconds(170));
  }

  @Test
  void eachFindingIsJournaledWhenCreatedThenOnceForEachHigherCountInTimeOrder() throws Exception {
    Path journal = replay(trail("2026-11-20T10:00:10Z"), findings());

    List<String> told =
        JournalReader.read(journal).stream()
            .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
            .map(ReplayFindingsTest::told)
            .toList();

    assertThat(told)
        .containsExactly(
            "0s StopLogging",
            "170s " + STEALTH + " new, count 1",
            "350s " + STEALTH + " update, count 3");
  }

  @Test
  void aFindingWithoutAValidTimeIsNamed() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, finding("f-9", STEALTH, 1).replace("2026-11-20T10:03:00.000Z", "soon"));

    assertThatThrownBy(() -> replay(trail("2026-11-20T10:00:10Z"), GuardDutyFiles.read(bad)))
        .isInstanceOf(TelemetryException.class)
        .hasMessage("finding f-9 has no valid time: 'soon'");
  }

  private static String told(JournalEntry e) {
    String at = e.at().toSeconds() + "s ";
    if (e.text("findingId") == null) {
      return at + e.text("eventName");
    }
    boolean update = e.data().path("update").asBoolean();
    return at
        + e.text("findingType")
        + (update ? " update" : " new")
        + ", count "
        + e.data().path("count").asInt();
  }

  private List<tools.jackson.databind.JsonNode> findings() throws Exception {
    // The export holds the finding three times: as created, at count 3, and at count 1 again.
    Path export = dir.resolve("findings.jsonl");
    Files.writeString(
        export,
        finding("f-1", STEALTH, 1)
            + "\n"
            + finding("f-1", STEALTH, 3)
            + "\n"
            + finding("f-1", STEALTH, 1)
            + "\n");
    return GuardDutyFiles.read(export);
  }

  private Path trail(String stopTime) throws Exception {
    Path file = dir.resolve("trail.json");
    Files.writeString(
        file,
        "{\"Records\":[{\"eventID\":\"e-1\",\"eventTime\":\""
            + stopTime
            + "\",\"eventSource\":\"cloudtrail.amazonaws.com\",\"eventName\":\"StopLogging\","
            + "\"recipientAccountId\":\"111122223333\",\"sourceIPAddress\":\"198.51.100.9\","
            + "\"readOnly\":false,\"userIdentity\":{\"type\":\"IAMUser\","
            + "\"arn\":\"arn:aws:iam::111122223333:user/dev-frank\",\"userName\":\"dev-frank\","
            + "\"accessKeyId\":\"AKIADEVFRANK\"}}]}");
    return file;
  }

  private Path replay(Path trail, List<tools.jackson.databind.JsonNode> findings) {
    Path file = dir.resolve("journal.jsonl");
    ExerciseStart start =
        new ExerciseStart(
            "replay-1",
            "leaked-access-key",
            "title",
            "0".repeat(64),
            "replay",
            "111122223333",
            null,
            "1",
            null,
            List.of(
                new ExerciseStart.ActorKey(
                    "attacker",
                    "dev-frank",
                    "arn:aws:iam::111122223333:user/dev-frank",
                    null,
                    null)),
            List.of(
                new Expectation(
                    Phase.DETECT,
                    "gd",
                    null,
                    null,
                    STEALTH,
                    "attacker",
                    Duration.ofMinutes(15),
                    SourceLocation.unknown("t"))));
    try (Journal journal = Journal.createWriteOnly(file, Clock.systemUTC())) {
      Replay.journal(
          CloudTrailFiles.local(trail),
          findings,
          account -> start,
          journal,
          List.of(),
          (filesDone, files, bytesDone, bytes) -> {},
          true);
    }
    return file;
  }
}
