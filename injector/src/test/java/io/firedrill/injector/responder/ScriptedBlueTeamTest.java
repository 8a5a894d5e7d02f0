package io.firedrill.injector.responder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.exercise.scenario.PlaybookLoader;
import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.model.StsException;

/** The standard playbook, played against a real (embedded) account. */
class ScriptedBlueTeamTest {

  private static final Path STANDARD =
      Path.of("..", "scenarios", "playbooks", "standard-responder.yaml");

  @TempDir Path dir;

  private static Playbook standard() throws Exception {
    return PlaybookLoader.parse(Files.readString(STANDARD), STANDARD.toString());
  }

  @Test
  void restartsAStoppedTrailAfterItsDelay() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession attacker = playground.session("attacker", "dev-frank", null);
      AwsSession blue = playground.session("blue", "blue-responder", null);
      ScenarioClock clock = playground.clock(Speed.parse("100"));

      try (ScriptedBlueTeam team =
          ScriptedBlueTeam.start(
              blue,
              standard(),
              clock,
              playground.journal,
              trusted(playground),
              System.out::println)) {
        // Before the call: the event is stamped while it is served, before its answer returns.
        Duration stoppedAt = clock.now();
        attacker.cloudTrail().stopLogging(r -> r.name(Playground.TRAIL));

        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging());

        JournalEntry acted = acted(playground).get(0);
        assertThat(acted.data().path("call").path("operation").asString())
            .isEqualTo("StartLogging");
        assertThat(acted.data().path("call").path("outcome").asString()).isEqualTo("allowed");
        // Not before the human-like delay has passed in scenario time.
        assertThat(acted.at()).isGreaterThanOrEqualTo(stoppedAt.plus(standard().delay()));
      }
    }
  }

  @Test
  void cutsOffTheKeyThatCreatesAUserAndDeletesTheUser() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession attacker = playground.session("attacker", "dev-frank", null);
      AwsSession blue = playground.session("blue", "blue-responder", null);
      ScenarioClock clock = playground.clock(Speed.parse("100"));

      try (ScriptedBlueTeam team =
          ScriptedBlueTeam.start(
              blue,
              standard(),
              clock,
              playground.journal,
              trusted(playground),
              System.out::println)) {
        attacker.iam().createUser(r -> r.userName("svc-backup"));

        await().atMost(Duration.ofSeconds(10)).until(() -> acted(playground).size() == 2);

        String leaked = playground.baseline.accessKeys().get("dev-frank").accessKeyId();
        assertThat(
                playground
                    .control()
                    .iam()
                    .listAccessKeys(r -> r.userName("dev-frank"))
                    .accessKeyMetadata())
            .filteredOn(k -> k.accessKeyId().equals(leaked))
            .extracting(k -> k.status())
            .containsExactly(StatusType.INACTIVE);
        assertThat(playground.control().iam().listUsers().users())
            .noneMatch(u -> u.userName().equals("svc-backup"));
        // Contained: the leaked key no longer works.
        assertThatThrownBy(() -> attacker.sts().getCallerIdentity())
            .isInstanceOf(StsException.class);
      }
    }
  }

  @Test
  void cutsOffTheKeyThatLaunchesAndIsolatesPreservesMarksAndTerminatesInThatOrder()
      throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession attacker = playground.session("attacker", "dev-frank", null);
      AwsSession blue = playground.session("blue", "blue-responder", null);
      ScenarioClock clock = playground.clock(Speed.parse("100"));

      try (ScriptedBlueTeam team =
          ScriptedBlueTeam.start(
              blue,
              standard(),
              clock,
              playground.journal,
              trusted(playground),
              System.out::println)) {
        attacker
            .ec2(attacker.region())
            .runInstances(
                r ->
                    r.imageId("ami-0abcdef1234567890")
                        .instanceType("c5.large")
                        .minCount(1)
                        .maxCount(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> acted(playground).size() == 5);

        assertThat(acted(playground))
            .extracting(e -> e.data().path("call").path("operation").asString())
            .containsExactly(
                "UpdateAccessKey",
                "ModifyInstanceAttribute",
                "CreateSnapshot",
                "CreateTags",
                "TerminateInstances");
        assertThat(acted(playground))
            .extracting(e -> e.data().path("call").path("outcome").asString())
            .containsOnly("allowed");
      }
    }
  }

  private static java.util.Set<String> trusted(Playground playground) {
    return java.util.Set.of(playground.sandbox.adminCredentials().accessKeyId());
  }

  private static List<JournalEntry> acted(Playground playground) {
    return playground.journal.entries().stream()
        .filter(e -> e.type().equals(EntryTypes.RESPONDER_ACTED))
        .toList();
  }
}
