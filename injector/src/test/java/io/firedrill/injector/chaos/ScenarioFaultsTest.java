package io.firedrill.injector.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Fault;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** A scenario's faults set and lifted in a running sandbox, and journaled as they go. */
class ScenarioFaultsTest {

  @TempDir Path dir;

  private static List<Fault> faults(String items) {
    return ScenarioLoader.parse(
            """
            id: s
            title: t
            actors:
              attacker: { leakedKeyOf: dev-frank }
            timeline:
              - { at: 0s, actor: attacker, technique: aws.discovery.iam-list-users }
            faults:
            """
                + items,
            "s.yaml")
        .faults();
  }

  @Test
  void aThrottleHoldsFromItsApplicationUntilItIsLiftedAndBothAreJournaled() {
    Fault throttle =
        faults("  - { kind: throttle, service: sts, operation: GetCallerIdentity, rate: 1 }\n")
            .get(0);
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("j.jsonl"), Clock.systemUTC());
        StsClient sts =
            StsClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
      List<String> lines = new ArrayList<>();
      ScenarioFaults scenarioFaults =
          new ScenarioFaults(
              new FaultControl(sandbox.endpoint(), sandbox.region(), sandbox.adminCredentials()),
              ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME),
              journal,
              lines::add);

      assertThat(scenarioFaults.apply(throttle)).isTrue();
      AwsServiceException refused =
          catchThrowableOfType(AwsServiceException.class, sts::getCallerIdentity);
      scenarioFaults.lift(throttle, "until");
      String account = sts.getCallerIdentity().account();

      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("Throttling");
      assertThat(account).isEqualTo(sandbox.accountId());
      assertThat(scenarioFaults.active()).isEmpty();
      List<JournalEntry> entries = journal.entries();
      assertThat(entries)
          .extracting(JournalEntry::type)
          .containsExactly(EntryTypes.FAULT_APPLIED, EntryTypes.FAULT_LIFTED);
      assertThat(entries.get(0).data().path("summary").asString())
          .isEqualTo("throttle sts:GetCallerIdentity rate 1.0");
      assertThat(entries.get(1).data().path("reason").asString()).isEqualTo("until");
      assertThat(entries.get(1).text("sandboxId")).isEqualTo(entries.get(0).text("sandboxId"));
      assertThat(lines).hasSize(2);
    }
  }

  @Test
  void delaysAreScenarioTimeSentAsWallTimeAtTheClocksSpeed() {
    Fault late = faults("  - { kind: trail-delay, delay: 5m }\n").get(0);
    try (Journal journal = Journal.create(dir.resolve("j.jsonl"), Clock.systemUTC())) {
      ScenarioFaults at60 =
          new ScenarioFaults(
              new FaultControl(
                  java.net.URI.create("http://127.0.0.1:9"),
                  "us-east-1",
                  software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKID", "x")),
              ScenarioClock.startingNow(Clock.systemUTC(), Speed.parse("60")),
              journal,
              line -> {});

      assertThat(at60.request(late)).isEqualTo(Map.of("kind", "trail-delay", "delay", "5000ms"));
    }
  }

  @Test
  void aFaultTheSandboxCannotTakeIsJournaledAsFailedWithTheReason() {
    Fault late = faults("  - { kind: trail-delay, delay: 5m }\n").get(0);
    try (Journal journal = Journal.create(dir.resolve("j.jsonl"), Clock.systemUTC())) {
      ScenarioFaults nowhere =
          new ScenarioFaults(
              new FaultControl(
                  java.net.URI.create("http://127.0.0.1:9"),
                  "us-east-1",
                  software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKID", "x")),
              ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME),
              journal,
              line -> {});

      assertThat(nowhere.apply(late)).isFalse();

      JournalEntry failed = journal.entries().get(0);
      assertThat(failed.type()).isEqualTo(EntryTypes.FAULT_FAILED);
      assertThat(failed.text("error")).startsWith("cannot set: cannot reach the control API");
      assertThat(nowhere.active()).isEmpty();
    }
  }
}
