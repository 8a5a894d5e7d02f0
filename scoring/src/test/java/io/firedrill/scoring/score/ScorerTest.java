package io.firedrill.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journals with known answers, scored. */
class ScorerTest {

  private static final String ATTACKER_KEY = "AKIAATTACKER00000001";
  private static final String BLUE_KEY = "AKIABLUE000000000001";
  private static final String CONTROL_KEY = "AKIACONTROL000000001";

  @TempDir Path dir;
  private Journal journal;

  @BeforeEach
  void start() {
    journal =
        Journal.create(
            dir.resolve("journal.jsonl"),
            Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
    ExerciseStart start =
        new ExerciseStart(
            "ct-1",
            "cloudtrail-tampering",
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
            List.of(
                expectation(Phase.DETECT, "seen", "StopLogging", "attacker", Duration.ofMinutes(5)),
                expectation(
                    Phase.RECOVER, "restored", "StartLogging", "blue", Duration.ofMinutes(3))));
    journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.toJournal());
  }

  @Test
  void measuresDetectionFromTheInjectAndRecoveryFromTheAttack() {
    inject(30, "req-stop");
    observe(31, "StopLogging", ATTACKER_KEY, "req-stop", null);
    observe(76, "StartLogging", BLUE_KEY, "req-start", null);
    end(76);

    Scorecard card = score();

    ExpectationResult seen = card.expectations().get(0);
    assertThat(seen.outcome()).isEqualTo(Outcome.MET);
    assertThat(seen.startedAt()).isEqualTo(Duration.ofSeconds(30));
    assertThat(seen.achievedAt()).isEqualTo(Duration.ofSeconds(31));
    assertThat(seen.latency()).isEqualTo(Duration.ofSeconds(1));
    assertThat(seen.metric()).isEqualTo("time to detect");
    assertThat(seen.evidence().userName()).isEqualTo("dev-frank");
    assertThat(seen.evidence().eventId()).isEqualTo("event-req-stop");
    ExpectationResult restored = card.expectations().get(1);
    assertThat(restored.outcome()).isEqualTo(Outcome.MET);
    assertThat(restored.latency()).isEqualTo(Duration.ofSeconds(46));
    assertThat(restored.metric()).isEqualTo("time to recover");
    assertThat(card.allMet()).isTrue();
  }

  @Test
  void aRecoveryAfterItsTargetIsLate() {
    inject(30, "req-stop");
    observe(31, "StopLogging", ATTACKER_KEY, "req-stop", null);
    observe(30 + 181, "StartLogging", BLUE_KEY, "req-start", null);
    end(300);

    ExpectationResult restored = score().expectations().get(1);

    assertThat(restored.outcome()).isEqualTo(Outcome.LATE);
    assertThat(restored.latency()).isEqualTo(Duration.ofSeconds(181));
  }

  @Test
  void onlyTheBlueTeamsSuccessfulCallsCountAsItsResponse() {
    inject(30, "req-stop");
    observe(31, "StopLogging", ATTACKER_KEY, "req-stop", null);
    observe(40, "StartLogging", ATTACKER_KEY, "req-a", null); // the attacker is not the blue team
    observe(41, "StartLogging", CONTROL_KEY, "req-c", null); // nor is firedrill itself
    observe(
        42, "StartLogging", BLUE_KEY, "req-b", "AccessDenied"); // a refused call restores nothing
    end(330);

    Scorecard card = score();

    assertThat(card.expectations().get(1).outcome()).isEqualTo(Outcome.MISSED);
    assertThat(card.expectations().get(1).evidence()).isNull();
    assertThat(card.allMet()).isFalse();
    assertThat(card.endReason()).isEqualTo("reached the end");
  }

  @Test
  void anAttackNobodySawIsMissed() {
    inject(30, "req-stop");
    end(330);

    Scorecard card = score();

    assertThat(card.expectations())
        .extracting(ExpectationResult::outcome)
        .containsExactly(Outcome.MISSED, Outcome.MISSED);
    // With nothing seen, the blue team's clock starts at the first inject.
    assertThat(card.expectations().get(1).startedAt()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theTimelineLeavesOutFiredrillsOwnCalls() {
    inject(30, "req-stop");
    observe(29, "CreateTrail", CONTROL_KEY, "req-c", null);
    observe(31, "StopLogging", ATTACKER_KEY, "req-stop", null);
    end(60);

    List<TimelineEntry> timeline = score().timeline();

    assertThat(timeline).extracting(TimelineEntry::party).containsExactly(Party.ACTOR, Party.ACTOR);
    assertThat(timeline.get(1).who()).isEqualTo("attacker (dev-frank)");
    assertThat(timeline.get(1).evidence()).isEqualTo("event-req-stop");
  }

  @Test
  void scoringTheSameJournalTwiceGivesTheSameScorecard() {
    inject(30, "req-stop");
    observe(31, "StopLogging", ATTACKER_KEY, "req-stop", null);
    end(60);
    List<JournalEntry> entries = JournalReader.read(journal.file());

    assertThat(Scorer.score(entries)).isEqualTo(Scorer.score(JournalReader.read(journal.file())));
  }

  @Test
  void aGuardDutyFindingCountsFromWhenGuardDutySawTheActivity() {
    Journal other = Journal.create(dir.resolve("findings.jsonl"), Clock.systemUTC());
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
            CONTROL_KEY,
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
    other.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.toJournal());
    other.append(
        EntryTypes.TELEMETRY_OBSERVED,
        Duration.ofSeconds(40),
        finding("f-other", BLUE_KEY, 20_000));
    other.append(
        EntryTypes.TELEMETRY_OBSERVED,
        Duration.ofSeconds(45),
        finding("f-1", ATTACKER_KEY, 30_000));
    other.close();

    ExpectationResult result = Scorer.score(JournalReader.read(other.file())).expectations().get(0);

    assertThat(result.outcome()).isEqualTo(Outcome.MET);
    assertThat(result.event()).isEqualTo("Stealth:IAMUser/CloudTrailLoggingDisabled");
    assertThat(result.startedAt()).isEqualTo(Duration.ofSeconds(30));
    assertThat(result.latency()).isEqualTo(Duration.ofSeconds(15));
    assertThat(result.evidence().eventId()).isEqualTo("f-1");
    assertThat(result.evidence().eventSource()).isEqualTo("guardduty.amazonaws.com");
  }

  @Test
  void cuttingOffABystandersKeyIsCollateralDamage() {
    List<JournalEntry> story =
        new StoryJournal(
                dir.resolve("collateral.jsonl"),
                List.of(
                    new Expectation(
                        Phase.CONTAIN,
                        "key-off",
                        "UpdateAccessKey",
                        null,
                        "blue",
                        Duration.ofMinutes(5),
                        SourceLocation.unknown("t"))),
                io.firedrill.exercise.scenario.Scoring.DEFAULT)
            .inject(10, 1, "aws.persistence.iam-create-admin-user", "CreateUser#1")
            .record(
                11,
                StoryJournal.ATTACKER_KEY,
                "CreateUser",
                "CreateUser#1",
                StoryJournal.params("userName", "svc-backup"))
            .record(
                30,
                StoryJournal.BLUE_KEY,
                "UpdateAccessKey",
                "b1",
                StoryJournal.params(
                    "userName", "dev-alice", "accessKeyId", "AKIAALICE", "status", "Inactive"))
            .end(60);

    Scorecard card = Scorer.score(story);

    assertThat(card.actions()).singleElement().satisfies(a -> assertThat(a.collateral()).isTrue());
    assertThat(card.expectations().get(0).outcome()).isEqualTo(Outcome.MET);
    assertThat(card.phases().get(0).rating()).isEqualTo(Rating.M);
    // No containment probe ran: the key-off is unverified, which counts (older journals).
    assertThat(card.expectations().get(0).verified()).isNull();
  }

  @Test
  void aContainmentTheProbeShowsFailedIsNotAchieved() {
    List<JournalEntry> story =
        new StoryJournal(
                dir.resolve("failed.jsonl"),
                List.of(
                    new Expectation(
                        Phase.CONTAIN,
                        "key-off",
                        "UpdateAccessKey",
                        null,
                        "blue",
                        Duration.ofMinutes(5),
                        SourceLocation.unknown("t"))),
                io.firedrill.exercise.scenario.Scoring.DEFAULT)
            .inject(10, 1, "aws.persistence.iam-create-admin-user", "CreateUser#1")
            .record(
                30,
                StoryJournal.BLUE_KEY,
                "UpdateAccessKey",
                "b1",
                StoryJournal.params("accessKeyId", StoryJournal.ATTACKER_KEY, "status", "Inactive"))
            .probe(31, "access-key", StoryJournal.ATTACKER_KEY, "dev-frank", false)
            .end(60);

    Scorecard card = Scorer.score(story);

    assertThat(card.expectations().get(0).outcome()).isEqualTo(Outcome.MISSED);
    assertThat(card.expectations().get(0).verified()).isFalse();
    assertThat(card.metrics(Metric.EXERCISE))
        .filteredOn(m -> m.name().equals("TTC"))
        .singleElement()
        .satisfies(m -> assertThat(m.reached()).isFalse());
  }

  private static Map<String, Object> finding(String id, String key, long firstSeenAt) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", "guardduty.findings");
    data.put("findingId", id);
    data.put("findingType", "Stealth:IAMUser/CloudTrailLoggingDisabled");
    data.put("accessKeyId", key);
    data.put("firstSeenAt", String.valueOf(firstSeenAt));
    return data;
  }

  private Scorecard score() {
    journal.close();
    return Scorer.score(JournalReader.read(journal.file()));
  }

  private void inject(int second, String requestId) {
    journal.append(
        EntryTypes.INJECT_FIRED,
        Duration.ofSeconds(second),
        Map.of(
            "step",
            1,
            "technique",
            "aws.defense-evasion.cloudtrail-stop",
            "actor",
            "attacker",
            "calls",
            List.of(
                Map.of(
                    "service",
                    "cloudtrail",
                    "operation",
                    "StopLogging",
                    "requestId",
                    requestId,
                    "outcome",
                    "allowed"))));
  }

  private void observe(
      int second, String eventName, String accessKey, String requestId, String errorCode) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("eventId", "event-" + requestId);
    data.put("eventName", eventName);
    data.put("eventSource", "cloudtrail.amazonaws.com");
    data.put("requestId", requestId);
    data.put("accessKeyId", accessKey);
    data.put("identityType", "IAMUser");
    data.put("userName", accessKey.equals(ATTACKER_KEY) ? "dev-frank" : "someone");
    if (errorCode != null) {
      data.put("errorCode", errorCode);
    }
    journal.append(EntryTypes.TELEMETRY_OBSERVED, Duration.ofSeconds(second), data);
  }

  private void end(int second) {
    journal.append(
        EntryTypes.EXERCISE_ENDED, Duration.ofSeconds(second), Map.of("reason", "reached the end"));
  }

  private static Expectation expectation(
      Phase phase, String id, String event, String by, Duration within) {
    return new Expectation(
        phase, id, event, "cloudtrail.amazonaws.com", by, within, SourceLocation.unknown("test"));
  }
}
