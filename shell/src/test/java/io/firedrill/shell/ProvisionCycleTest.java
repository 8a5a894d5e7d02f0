package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.fault.Telemetry;
import io.firedrill.sandbox.provision.Inventory;
import io.firedrill.sandbox.provision.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The whole life of a real sandbox account, with the embedded sandbox standing in for it (same API,
 * empty at the start as a fresh account is): {@code sandbox provision}, an exercise played there
 * with {@code run --endpoint}, {@code sandbox teardown}; the account's full inventory is the same
 * at the end as at the start.
 */
class ProvisionCycleTest {

  // The attacker launches instances and leaves an administrator behind; cleanup takes both back.
  private static final String SCENARIO =
      """
      id: provisioned-account
      title: A leaked key used in a provisioned account
      baseline: standard
      actors:
        attacker: { leakedKeyOf: dev-frank }
      timeline:
        - at: 0s
          actor: attacker
          technique: aws.impact.ec2-run-instances-burst
          with: { regions: "us-east-1,eu-west-1", instanceType: t3.micro, count: "2" }
        - at: 1s
          actor: attacker
          technique: aws.persistence.iam-create-admin-user
          with: { userName: svc-provisioned }
      expect:
        detect:
          - { id: backdoor-seen, event: CreateUser, source: iam.amazonaws.com, by: attacker, within: 5m }
      end: 5m
      """;

  @TempDir Path dir;

  @Test
  void provisionExerciseAndTeardownLeaveTheAccountAsItWasFound() throws Exception {
    try (Sandbox account = Sandbox.builder().port(0).telemetry(Telemetry.IMMEDIATE).start()) {
      Target target =
          new Target(
              account.endpoint(),
              account.region(),
              StaticCredentialsProvider.create(account.adminCredentials()));
      Map<String, String> env =
          Map.of(
              "AWS_ACCESS_KEY_ID", account.adminCredentials().accessKeyId(),
              "AWS_SECRET_ACCESS_KEY", account.adminCredentials().secretAccessKey(),
              "AWS_REGION", account.region(),
              // the exercise launches in two regions: both must be on the allow-list
              "FIREDRILL_REGIONS", "us-east-1,eu-west-1");
      String endpoint = account.endpoint().toString();
      Path record = dir.resolve("provisioning").resolve("account.json");
      Inventory before = Inventory.take(target);

      Firedrill.Result provision =
          Firedrill.run(
              dir,
              env,
              "sandbox",
              "provision",
              "--endpoint",
              endpoint,
              "--record",
              record.toString());

      assertThat(provision.exitCode()).as(provision.out() + provision.err()).isZero();
      assertThat(provision.out())
          .contains(
              "created user dev-frank", "created role firedrill-sandbox", "record: " + record);
      Path credentials = dir.resolve("provisioning").resolve("account.credentials");
      List<String> secrets =
          Files.readAllLines(credentials).stream()
              .filter(l -> l.startsWith("aws_secret_access_key"))
              .map(l -> l.substring(l.indexOf('=') + 1).strip())
              .toList();
      assertThat(secrets).hasSize(4);
      secrets.forEach(
          secret -> {
            assertThat(provision.out()).doesNotContain(secret);
            assertThat(provision.err()).doesNotContain(secret);
          });

      Firedrill.Result again =
          Firedrill.run(
              dir,
              env,
              "sandbox",
              "provision",
              "--endpoint",
              endpoint,
              "--record",
              record.toString());

      assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
      assertThat(again.out()).contains("0 created").contains("already there: user dev-frank");

      Path scenario = dir.resolve("provisioned-account.yaml");
      Files.writeString(scenario, SCENARIO);
      Path out = dir.resolve("out");
      Firedrill.Result run =
          Firedrill.run(
              dir,
              env,
              "run",
              scenario.toString(),
              "--endpoint",
              endpoint,
              "--allow-account",
              account.accountId(),
              "--speed",
              "max",
              "--out",
              out.toString());

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      Path journal = journal(out);
      assertThat(JournalReader.read(journal))
          .extracting(e -> e.type())
          .contains(EntryTypes.INJECT_FIRED, EntryTypes.EXERCISE_ENDED);
      assertThat(run.out()).contains("cleanup:").doesNotContain(" left: ");

      Firedrill.Result teardown =
          Firedrill.run(dir, env, "sandbox", "teardown", "--record", record.toString());

      assertThat(teardown.exitCode()).as(teardown.out() + teardown.err()).isZero();
      assertThat(teardown.out())
          .contains("removed user dev-frank", "removed queue", "deleted the record");
      assertThat(record).doesNotExist();
      assertThat(credentials).doesNotExist();
      assertThat(before.differences(Inventory.take(target)))
          .as(provision.out() + run.out() + teardown.out())
          .isEmpty();
    }
  }

  private static Path journal(Path out) throws Exception {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.endsWith("journal.jsonl")).findFirst().orElseThrow();
    }
  }
}
