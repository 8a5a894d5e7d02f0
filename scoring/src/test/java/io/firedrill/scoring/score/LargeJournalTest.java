package io.firedrill.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replayed trail's journal can be far larger than the memory scoring it has: the scorer streams
 * the file and keeps only what it scores, so 100 MB of journal is scored within a 48 MB heap, where
 * the same entries held as trees would need several times the journal's size.
 */
class LargeJournalTest {

  private static final int RECORDS = 25_000;

  @TempDir Path dir;

  @Test
  void aJournalOfAHundredMegabytesIsScoredInAFortyEightMegabyteHeap() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    writeJournal(file);
    assertThat(Files.size(file)).isGreaterThan(100_000_000L);

    Path out = dir.resolve("out.txt");
    Process child =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx48m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ScoreJournalInSmallHeap.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(printed).isZero();
    // The attacker's StopLogging met the one expectation; AWS's own calls are not the story.
    assertThat(printed).contains("timeline 1");
  }

  /** An attacker's StopLogging among 25,000 records of AWS services' calls, 4 KB each. */
  private static void writeJournal(Path file) {
    String padding = "x".repeat(4_000);
    try (Journal journal = Journal.createWriteOnly(file, Clock.systemUTC())) {
      journal.append(
          EntryTypes.EXERCISE_STARTED,
          Duration.ZERO,
          new ExerciseStart(
                  "large-1",
                  "cloudtrail-tampering",
                  "title",
                  "0".repeat(64),
                  "replay",
                  "000000000000",
                  null,
                  "1",
                  null,
                  List.of(
                      new ExerciseStart.ActorKey(
                          "attacker",
                          "dev-frank",
                          "arn:aws:iam::000000000000:user/dev-frank",
                          null,
                          null)),
                  List.of(
                      new Expectation(
                          Phase.DETECT,
                          "stop-seen",
                          "StopLogging",
                          null,
                          null,
                          "attacker",
                          Duration.ofMinutes(5),
                          SourceLocation.unknown("t"))))
              .toJournal());
      journal.append(
          EntryTypes.TELEMETRY_OBSERVED,
          Duration.ofSeconds(1),
          Map.of(
              "eventId", "e-stop",
              "eventName", "StopLogging",
              "identityType", "IAMUser",
              "arn", "arn:aws:iam::000000000000:user/dev-frank"));
      for (int i = 0; i < RECORDS; i++) {
        journal.appendJson(
            EntryTypes.TELEMETRY_OBSERVED,
            Duration.ofSeconds(2 + i / 100),
            "{\"eventId\":\"e-"
                + i
                + "\",\"eventName\":\"Decrypt\",\"identityType\":\"AWSService\","
                + "\"requestParameters\":{\"context\":\""
                + padding
                + "\"}}");
      }
      journal.append(
          EntryTypes.EXERCISE_ENDED, Duration.ofSeconds(600), Map.of("reason", "the end"));
    }
  }
}
