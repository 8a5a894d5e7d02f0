package io.firedrill.scoring.score;

import static io.firedrill.scoring.score.StoryJournal.ATTACKER_KEY;
import static io.firedrill.scoring.score.StoryJournal.BLUE_KEY;
import static io.firedrill.scoring.score.StoryJournal.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.Scoring;
import io.firedrill.exercise.scenario.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal file is scored as it streams by: the scorer keeps only the records it looks at again.
 * The calls it does not keep (the attacker's enumeration, the blue team's read-only look at the
 * keys) must still count: in the timeline, in when the blue team first acted, and in what the
 * attack touched.
 */
class JournalFileScoringTest {

  private static final String STOP = "aws.defense-evasion.cloudtrail-stop";
  private static final String BACKDOOR = "aws.persistence.iam-create-admin-user";

  @TempDir Path dir;
  private Path file;
  private List<JournalEntry> entries;

  @BeforeEach
  void write() {
    file = dir.resolve("journal.jsonl");
    entries =
        new StoryJournal(
                file,
                List.of(
                    expect(Phase.DETECT, "stop-seen", "StopLogging", "attacker", 300),
                    expect(Phase.CONTAIN, "key-off", "UpdateAccessKey", "blue", 180),
                    expect(Phase.ERADICATE, "user-gone", "DeleteUser", "blue", 300)),
                new Scoring(Map.of(), Map.of()))
            .inject(60, 2, STOP, "StopLogging#2")
            .record(62, ATTACKER_KEY, "StopLogging", "StopLogging#2", params("name", "trail"))
            .detection(62, "cloudtrail-logging-disabled", "high", "StopLogging#2")
            .record(70, ATTACKER_KEY, "ListUsers", "enum-1", params("pathPrefix", "/"))
            .inject(120, 3, BACKDOOR, "CreateUser#3")
            .record(121, ATTACKER_KEY, "CreateUser", "CreateUser#3", params("userName", "svc-x"))
            .record(150, BLUE_KEY, "ListAccessKeys", "b1", params("userName", "dev-frank"))
            .record(
                200,
                BLUE_KEY,
                "UpdateAccessKey",
                "b2",
                params("userName", "dev-frank", "accessKeyId", ATTACKER_KEY, "status", "Inactive"))
            .record(210, BLUE_KEY, "DeleteUser", "b3", params("userName", "svc-x"))
            .record(220, BLUE_KEY, "DeleteUser", "b4", params("userName", "alice"))
            .end(400);
  }

  @Test
  void theFileScoresAsTheEntriesInMemoryDo() {
    assertThat(Scorer.score(file)).isEqualTo(Scorer.score(entries));
  }

  @Test
  void theBlueTeamsFirstLookCountsAsItsFirstAction() {
    // The rule alerted at 62 s; the blue team's first call, a read-only ListAccessKeys, at 150 s.
    assertThat(Scorer.score(file).metrics(Metric.EXERCISE))
        .filteredOn(m -> m.name().equals("TTA"))
        .extracting(m -> m.value().toSeconds())
        .containsExactly(88L);
  }

  @Test
  void theTimelineTellsEveryCallOfBothSides() {
    assertThat(Scorer.score(file).timeline())
        .filteredOn(t -> t.evidence() != null)
        .extracting(t -> t.at().toSeconds(), TimelineEntry::party, TimelineEntry::what)
        .containsExactly(
            tuple(62L, Party.ACTOR, "seen in CloudTrail: aws:StopLogging"),
            tuple(70L, Party.ACTOR, "seen in CloudTrail: aws:ListUsers"),
            tuple(121L, Party.ACTOR, "seen in CloudTrail: aws:CreateUser"),
            tuple(150L, Party.BLUE, "seen in CloudTrail: aws:ListAccessKeys"),
            tuple(200L, Party.BLUE, "seen in CloudTrail: aws:UpdateAccessKey"),
            tuple(210L, Party.BLUE, "seen in CloudTrail: aws:DeleteUser"),
            tuple(220L, Party.BLUE, "seen in CloudTrail: aws:DeleteUser"));
  }

  @Test
  void deletingWhatTheAttackMadeIsNotCollateralAndAnythingElseIs() {
    assertThat(Scorer.score(file).actions())
        .extracting(ResponseAction::target, ResponseAction::collateral)
        .containsExactly(tuple(ATTACKER_KEY, false), tuple("svc-x", false), tuple("alice", true));
  }

  private static Expectation expect(
      Phase phase, String id, String eventName, String by, int seconds) {
    return new Expectation(
        phase,
        id,
        eventName,
        null,
        null,
        by,
        Duration.ofSeconds(seconds),
        SourceLocation.unknown("t"));
  }
}
