package io.firedrill.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding meets its expectation whether the scorer read it from GuardDuty, from the queue, or
 * from files captured elsewhere.
 */
class FindingSourcesTest {

  private static final String ATTACKER_KEY = "AKIAATTACKER00000001";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"guardduty.findings", "eventbridge.sqs", "guardduty.files"})
  void aFindingFromEitherSourceMeetsTheExpectation(String source) {
    Journal journal = Journal.create(dir.resolve(source + ".jsonl"), Clock.systemUTC());
    ExerciseStart start =
        new ExerciseStart(
            "gd-1",
            "s",
            "t",
            "0".repeat(64),
            "embedded",
            "000000000000",
            "us-east-1",
            "max",
            "AKIACONTROL000000001",
            List.of(new ExerciseStart.ActorKey("attacker", "dev-frank", null, ATTACKER_KEY, null)),
            List.of(
                new Expectation(
                    Phase.DETECT,
                    "guardduty-saw-it",
                    null,
                    null,
                    "Stealth:IAMUser/CloudTrailLoggingDisabled",
                    "attacker",
                    Duration.ofMinutes(5),
                    SourceLocation.unknown("t"))));
    journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.toJournal());
    Map<String, Object> finding = new LinkedHashMap<>();
    finding.put("source", source);
    finding.put("findingId", "f-1");
    finding.put("findingType", "Stealth:IAMUser/CloudTrailLoggingDisabled");
    finding.put("accessKeyId", ATTACKER_KEY);
    finding.put("firstSeenAt", "30000");
    journal.append(EntryTypes.TELEMETRY_OBSERVED, Duration.ofSeconds(33), finding);
    journal.close();

    ExpectationResult result =
        Scorer.score(JournalReader.read(journal.file())).expectations().get(0);

    assertThat(result.outcome()).isEqualTo(Outcome.MET);
    assertThat(result.latency()).isEqualTo(Duration.ofSeconds(3));
    assertThat(result.evidence().eventId()).isEqualTo("f-1");
  }
}
