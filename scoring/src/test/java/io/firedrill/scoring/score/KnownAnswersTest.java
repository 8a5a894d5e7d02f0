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
 * A whole leaked-key story, recorded: the attacker stops the trail and creates a backdoor user;
 * rules and GuardDuty alert; the blue team acknowledges, deactivates the key (a probe confirms),
 * restarts logging twice (the first time a probe finds the trail still off) and deletes the user.
 * Every metric, result and rating is worked out by hand in the comments.
 */
class KnownAnswersTest {

  private static final String STOP = "aws.defense-evasion.cloudtrail-stop";
  private static final String BACKDOOR = "aws.persistence.iam-create-admin-user";
  private static final String TRAIL_ARN =
      "arn:aws:cloudtrail:us-east-1:000000000000:trail/management-events";

  @TempDir Path dir;
  private Scorecard card;

  @BeforeEach
  void score() {
    List<JournalEntry> journal =
        new StoryJournal(
                dir.resolve("journal.jsonl"),
                List.of(
                    expect(Phase.DETECT, "stop-seen", "StopLogging", null, "attacker", 300),
                    expect(
                        Phase.DETECT,
                        "stop-alerted",
                        "StopLogging",
                        "cloudtrail-logging-disabled",
                        "attacker",
                        120),
                    expect(Phase.DETECT, "user-alerted", null, "iam-user-created", null, 60),
                    new Expectation(
                        Phase.DETECT,
                        "gd",
                        null,
                        null,
                        "Stealth:IAMUser/CloudTrailLoggingDisabled",
                        "attacker",
                        Duration.ofMinutes(15),
                        SourceLocation.unknown("t")),
                    expect(Phase.TRIAGE, "ack", "ArchiveFindings", null, "blue", 300),
                    expect(Phase.CONTAIN, "key-off", "UpdateAccessKey", null, "blue", 180),
                    expect(Phase.ERADICATE, "user-gone", "DeleteUser", null, "blue", 300),
                    expect(Phase.RECOVER, "logging-back", "StartLogging", null, "blue", 120)),
                new Scoring(Map.of(), Map.of(STOP, "high")))
            .inject(0, 1, "aws.discovery.sts-get-caller-identity", "GetCallerIdentity#1")
            .inject(60, 2, STOP, "StopLogging#2")
            .record(62, ATTACKER_KEY, "StopLogging", "StopLogging#2", params("name", TRAIL_ARN))
            .detection(62, "cloudtrail-logging-disabled", "high", "StopLogging#2")
            .inject(120, 3, BACKDOOR, "CreateUser#3", "CreateAccessKey#3")
            .record(
                121, ATTACKER_KEY, "CreateUser", "CreateUser#3", params("userName", "svc-backup"))
            .record(
                121,
                ATTACKER_KEY,
                "CreateAccessKey",
                "CreateAccessKey#3",
                params("userName", "svc-backup"))
            .detection(121, "iam-user-created", "low", "CreateUser#3")
            .finding(150, "Stealth:IAMUser/CloudTrailLoggingDisabled", 2.0, "StopLogging", 60)
            .record(180, BLUE_KEY, "ArchiveFindings", "b1", params("detectorId", "det-1"))
            .record(
                200,
                BLUE_KEY,
                "UpdateAccessKey",
                "b2",
                params("userName", "dev-frank", "accessKeyId", ATTACKER_KEY, "status", "Inactive"))
            .probe(201, ResponseActions.PROBE_KEY, ATTACKER_KEY, "dev-frank", true)
            .record(240, BLUE_KEY, "StartLogging", "b3", params("name", "management-events"))
            .probe(241, ResponseActions.PROBE_TRAIL, "management-events", null, false)
            .record(300, BLUE_KEY, "StartLogging", "b4", params("name", TRAIL_ARN))
            .probe(301, ResponseActions.PROBE_TRAIL, "management-events", null, true)
            .record(330, BLUE_KEY, "DeleteUser", "b5", params("userName", "svc-backup"))
            .probe(331, ResponseActions.PROBE_USER, "svc-backup", null, true)
            .end(400);
    card = Scorer.score(journal);
  }

  @Test
  void everyExpectationHasItsKnownResult() {
    assertThat(card.expectations())
        .extracting(
            ExpectationResult::id,
            ExpectationResult::outcome,
            r -> seconds(r.startedAt()),
            r -> seconds(r.latency()),
            ExpectationResult::alert,
            ExpectationResult::severity,
            ExpectationResult::verified)
        .containsExactly(
            // the rule on the StopLogging record alerted (high): loud
            tuple("stop-seen", Outcome.MET, 60L, 2L, Alert.ALERTED, "high", null),
            tuple("stop-alerted", Outcome.MET, 60L, 2L, Alert.ALERTED, "high", null),
            // a low-severity rule: low priority; the backdoor technique has no severity: medium
            tuple("user-alerted", Outcome.MET, 120L, 1L, Alert.LOW_PRIORITY, "medium", null),
            // GuardDuty severity 2 is low; timed from when GuardDuty first saw the StopLogging
            tuple("gd", Outcome.MET, 60L, 90L, Alert.LOW_PRIORITY, "high", null),
            // blue clocks start at the first attack, 60 s
            tuple("ack", Outcome.MET, 60L, 120L, null, "medium", null),
            tuple("key-off", Outcome.MET, 60L, 140L, null, "medium", true),
            tuple("user-gone", Outcome.MET, 60L, 270L, null, "medium", true),
            // the first StartLogging (240 s) was probed and the trail was still off: the second
            // (300 s) counts, 240 s after the attack against a 2m target
            tuple("logging-back", Outcome.LATE, 60L, 240L, null, "medium", true));
  }

  @Test
  void everyPhaseHasItsKnownFactorAndRating() {
    assertThat(card.phases())
        .extracting(PhaseScore::phase, PhaseScore::weight, PhaseScore::rating)
        .containsExactly(
            // 3x1.0 + 3x1.0 + 2x0.6 + 3x0.6 over 11: 0.818; a critical detection was low priority
            tuple("detect", 30, Rating.S),
            tuple("triage", 10, Rating.P),
            tuple("contain", 20, Rating.P),
            tuple("eradicate", 15, Rating.P),
            // 1 - 0.5 x (240 - 120) / 240 = 0.75, late
            tuple("recover", 10, Rating.S));
    assertThat(card.phases().get(0).factor()).isCloseTo(9.0 / 11, within());
    assertThat(card.phases().get(4).factor()).isCloseTo(0.75, within());
    // (30 x 9/11 + 10 + 20 + 15 + 7.5) / 85 = 90.6 %
    assertThat(card.score()).isEqualTo(91);
  }

  @Test
  void everyMetricHasItsKnownValueAndTarget() {
    assertThat(card.metrics(Metric.EXERCISE))
        .extracting(Metric::name, m -> seconds(m.value()), m -> seconds(m.target()))
        .containsExactly(
            tuple("TTD", 62L, 60L), // first alert at 62 s, from the first inject at 0 s
            tuple("TTA", 118L, 300L), // ArchiveFindings at 180 s
            tuple("TTC", 200L, 180L), // the key deactivated at 200 s, probe passed
            tuple("TTE", 330L, 300L), // svc-backup deleted at 330 s
            tuple("TTR", 300L, 120L)); // the StartLogging the probe confirmed
    assertThat(card.metrics("inject 2 " + STOP))
        .extracting(Metric::name, m -> seconds(m.value()), m -> seconds(m.target()))
        .containsExactly(
            tuple("TTD", 2L, 120L),
            tuple("TTA", 118L, 300L),
            tuple("TTC", 140L, 180L),
            tuple("TTR", 240L, 120L));
    assertThat(card.metrics("inject 3 " + BACKDOOR))
        .extracting(Metric::name, m -> seconds(m.value()), m -> seconds(m.target()))
        .containsExactly(
            tuple("TTD", 1L, null),
            tuple("TTA", 59L, 300L),
            tuple("TTC", 80L, 180L),
            tuple("TTE", 210L, 300L));
    // The discovery inject left no write record and set nothing off: no metrics of its own.
    assertThat(card.metrics()).extracting(Metric::scope).doesNotContain("inject 1");
    assertThat(card.metrics())
        .allSatisfy(m -> assertThat(m.formula()).startsWith(m.name() + " = "));
  }

  @Test
  void theBlueTeamsResponseIsClassifiedByPhase() {
    assertThat(card.actions())
        .extracting(
            a -> seconds(a.at()),
            ResponseAction::phase,
            ResponseAction::action,
            ResponseAction::target,
            ResponseAction::verified,
            ResponseAction::collateral)
        .containsExactly(
            tuple(180L, "triage", "finding acknowledged", "det-1", null, false),
            tuple(200L, "contain", "access key deactivated", ATTACKER_KEY, true, false),
            tuple(240L, "recover", "logging restarted", "management-events", false, false),
            tuple(300L, "recover", "logging restarted", "management-events", true, false),
            tuple(330L, "eradicate", "user deleted", "svc-backup", true, false));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static Long seconds(Duration d) {
    return d == null ? null : d.toSeconds();
  }

  private static Expectation expect(
      Phase phase, String id, String event, String rule, String by, int withinSeconds) {
    return new Expectation(
        phase,
        id,
        event,
        null,
        null,
        rule,
        by,
        Duration.ofSeconds(withinSeconds),
        SourceLocation.unknown("t"));
  }
}
