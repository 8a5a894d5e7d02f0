package io.firedrill.scoring.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import io.firedrill.scoring.telemetry.Accounts;
import io.firedrill.scoring.telemetry.CloudTrailPoller;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;

/**
 * The probes against the sandbox: the attacker stops the trail and creates a backdoor user; the
 * blue team (the account's root) first deactivates the wrong key, then the leaked one, deletes the
 * user and restarts logging. Only the calls that took hold count, at the time they were made.
 */
class ContainmentProberTest {

  @TempDir Path dir;

  @Test
  void aResponseCountsWhenItsProbePasses() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    AwsCredentials leaked;
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(file, Clock.systemUTC())) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      leaked = frank;
      AwsCredentials blue = sandbox.rootCredentials();
      journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start(sandbox, frank).toJournal());
      ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
      try (CloudTrailClient control = Accounts.cloudTrail(sandbox, sandbox.adminCredentials());
          CloudTrailClient attackerTrail = Accounts.cloudTrail(sandbox, frank);
          IamClient attacker = Accounts.iam(sandbox, frank);
          CloudTrailClient blueTrail = Accounts.cloudTrail(sandbox, blue);
          IamClient blueIam = Accounts.iam(sandbox, blue);
          CloudTrailPoller poller =
              CloudTrailPoller.prepare(control, journal, Duration.ZERO, line -> {});
          ContainmentProber prober =
              ContainmentProber.prepare(
                  sandbox.endpoint(),
                  sandbox.region(),
                  sandbox.adminCredentials(),
                  List.of(frank),
                  journal,
                  line -> {})) {
        poller.start(clock, Duration.ofMillis(50));
        prober.start(clock, Duration.ofMillis(50));
        attackerTrail.stopLogging(r -> r.name("trail"));
        attacker.createUser(r -> r.userName("svc-backup"));
        attacker.createAccessKey(r -> r.userName("svc-backup"));
        Thread.sleep(400);
        // The wrong key: the backdoor's own, not the leaked one. The leaked key still works.
        String backdoorKey =
            blueIam
                .listAccessKeys(r -> r.userName("svc-backup"))
                .accessKeyMetadata()
                .get(0)
                .accessKeyId();
        blueIam.updateAccessKey(
            r -> r.userName("svc-backup").accessKeyId(backdoorKey).status(StatusType.INACTIVE));
        awaitProbes(journal, 1); // the prober saw the call and probed the leaked key
        blueIam.updateAccessKey(
            r ->
                r.userName("dev-frank")
                    .accessKeyId(frank.accessKeyId())
                    .status(StatusType.INACTIVE));
        blueIam.deleteAccessKey(r -> r.userName("svc-backup").accessKeyId(backdoorKey));
        blueIam.deleteUser(r -> r.userName("svc-backup"));
        blueTrail.startLogging(r -> r.name("trail"));
        Thread.sleep(400);
        poller.drain();
        prober.drain();
      }
      journal.append(
          EntryTypes.EXERCISE_ENDED, Duration.ofMinutes(1), java.util.Map.of("reason", "test"));
    }

    AwsCredentials frank = leaked;
    List<JournalEntry> entries = JournalReader.read(file);
    List<JournalEntry> probes =
        entries.stream().filter(e -> e.type().equals(EntryTypes.PROBE_CHECKED)).toList();
    // the leaked key was probed after the wrong key went off, and still worked
    assertThat(probes)
        .filteredOn(p -> p.text("probe").equals("access-key"))
        .first()
        .satisfies(
            p -> {
              assertThat(p.data().path("passed").asBoolean()).isFalse();
              assertThat(p.text("detail")).contains("still works");
            });
    // the final state: every probe passes, and no secret is in the journal
    assertThat(probes.subList(probes.size() - 3, probes.size()))
        .extracting(
            p -> p.text("probe"), p -> p.data().path("passed").asBoolean(), p -> p.text("after"))
        .containsExactly(
            tuple("access-key", true, null),
            tuple("user-deleted", true, null),
            tuple("trail-logging", true, null));
    assertThat(probes.get(probes.size() - 3).text("detail"))
        .isEqualTo("GetCallerIdentity: InvalidClientTokenId");

    Scorecard card = Scorer.score(entries);
    ExpectationResult keyOff = card.expectations().get(0);
    JournalEntry rightKey =
        entries.stream()
            .filter(e -> "UpdateAccessKey".equals(e.text("eventName")))
            .filter(
                e ->
                    frank
                        .accessKeyId()
                        .equals(e.data().path("requestParameters").path("accessKeyId").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(keyOff.outcome()).isEqualTo(Outcome.MET);
    assertThat(keyOff.verified()).isTrue();
    assertThat(keyOff.achievedAt()).isEqualTo(rightKey.at());
    assertThat(card.expectations())
        .extracting(ExpectationResult::id, ExpectationResult::outcome, ExpectationResult::verified)
        .containsExactly(
            tuple("key-off", Outcome.MET, true),
            tuple("user-gone", Outcome.MET, true),
            tuple("logging-back", Outcome.MET, true));
    assertThat(java.nio.file.Files.readString(file)).doesNotContain(frank.secretAccessKey());
    // the wrong key was the backdoor's own: the attack made its user, so no collateral damage
    assertThat(card.actions())
        .filteredOn(a -> a.action().equals("access key deactivated"))
        .extracting(a -> a.verified(), a -> a.collateral())
        .containsExactly(tuple(false, false), tuple(true, false));
  }

  private static void awaitProbes(Journal journal, long count) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      if (journal.entries().stream().filter(e -> e.type().equals(EntryTypes.PROBE_CHECKED)).count()
          >= count) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no containment probe within 30 s");
  }

  private static ExerciseStart start(Sandbox sandbox, AwsCredentials frank) {
    return new ExerciseStart(
        "probe-1",
        "s",
        "t",
        "0".repeat(64),
        "embedded",
        sandbox.accountId(),
        sandbox.region(),
        "1",
        sandbox.adminCredentials().accessKeyId(),
        List.of(
            new ExerciseStart.ActorKey("attacker", "dev-frank", null, frank.accessKeyId(), null)),
        List.of(
            blue(Phase.CONTAIN, "key-off", "UpdateAccessKey"),
            blue(Phase.ERADICATE, "user-gone", "DeleteUser"),
            blue(Phase.RECOVER, "logging-back", "StartLogging")));
  }

  private static Expectation blue(Phase phase, String id, String event) {
    return new Expectation(
        phase, id, event, null, "blue", Duration.ofMinutes(5), SourceLocation.unknown("t"));
  }
}
