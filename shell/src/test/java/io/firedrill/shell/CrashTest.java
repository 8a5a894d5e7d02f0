package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;

/**
 * The process running an exercise is killed (SIGKILL: no shutdown hook, no cleanup) in the middle
 * of its timeline, in an account that outlives it; {@code cleanup <journal>} then leaves nothing
 * the exercise tagged, and takes back the keys it issued.
 */
class CrashTest {

  private static final String SCENARIO =
      """
      id: crash
      title: An exercise whose process dies mid-timeline
      actors:
        attacker: { leakedKeyOf: dev-frank }
      timeline:
        - at: 0s
          actor: attacker
          technique: aws.persistence.iam-create-admin-user
          with: { userName: svc-crash }
        - at: 2s
          actor: attacker
          technique: aws.impact.ec2-run-instances-burst
          with: { regions: us-east-1, instanceType: t3.micro, count: "2" }
        - at: 10m
          actor: attacker
          technique: aws.discovery.iam-list-users
      """;

  @TempDir Path dir;

  @Test
  void cleanupAfterAKilledRunLeavesNoTaggedResource() throws Exception {
    Path sandboxOut = dir.resolve("sandbox.out");
    Process sandbox =
        Firedrill.start(
            dir, sandboxOut, dir.resolve("sandbox.err"), "sandbox", "up", "--port", "0");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(sandboxOut).contains("# Stop it"));
      Map<String, String> admin = Firedrill.exportsAfter(Files.readAllLines(sandboxOut), "# admin");
      Path scenario = dir.resolve("crash.yaml");
      Files.writeString(scenario, SCENARIO);
      Path out = dir.resolve("out");

      Process run =
          Firedrill.start(
              dir,
              dir.resolve("run.out"),
              dir.resolve("run.err"),
              admin,
              "run",
              scenario.toString(),
              "--endpoint",
              admin.get("AWS_ENDPOINT_URL"),
              "--allow-account",
              "000000000000",
              "--out",
              out.toString());
      // Killed once both changes are made and journaled, long before the timeline ends.
      await().atMost(Duration.ofSeconds(90)).until(() -> injectsFired(out) >= 2 || !run.isAlive());
      assertThat(run.isAlive()).as(Files.readString(dir.resolve("run.err"))).isTrue();
      run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      try (IamClient iam = iam(admin);
          Ec2Client ec2 = ec2(admin)) {
        // What the crash left behind: the backdoor user, the instances, the exercise's keys.
        assertThat(taggedUsers(iam)).extracting(User::userName).contains("svc-crash");
        assertThat(taggedInstances(ec2)).hasSize(2);
        assertThat(iam.listAccessKeys(r -> r.userName("dev-frank")).accessKeyMetadata()).hasSize(2);

        Firedrill.Result cleanup = Firedrill.run(dir, admin, "cleanup", journal(out).toString());

        assertThat(cleanup.exitCode()).as(cleanup.out() + cleanup.err()).isZero();
        assertThat(taggedUsers(iam)).isEmpty();
        assertThat(taggedInstances(ec2)).isEmpty();
        assertThat(iam.listAccessKeys(r -> r.userName("dev-frank")).accessKeyMetadata()).hasSize(1);
        assertThat(iam.listAccessKeys(r -> r.userName("blue-responder")).accessKeyMetadata())
            .hasSize(1);
      }
      assertThat(JournalReader.read(journal(out)))
          .extracting(e -> e.type())
          .doesNotContain(EntryTypes.EXERCISE_ENDED)
          .endsWith(EntryTypes.CLEANUP_DONE);
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static long injectsFired(Path out) throws IOException {
    Path journal = journal(out);
    if (journal == null) {
      return 0;
    }
    return Files.readAllLines(journal).stream()
        .filter(line -> line.contains("\"" + EntryTypes.INJECT_FIRED + "\""))
        .count();
  }

  private static Path journal(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.endsWith("journal.jsonl")).findFirst().orElse(null);
    }
  }

  private static List<User> taggedUsers(IamClient iam) {
    return iam.listUsers().users().stream()
        .filter(
            u ->
                iam.getUser(r -> r.userName(u.userName())).user().tags().stream()
                    .anyMatch(t -> t.key().equals("firedrill:exercise")))
        .toList();
  }

  private static List<Instance> taggedInstances(Ec2Client ec2) {
    return ec2
        .describeInstances(r -> r.filters(f -> f.name("tag-key").values("firedrill:exercise")))
        .reservations()
        .stream()
        .flatMap(r -> r.instances().stream())
        .filter(i -> i.state().name() != InstanceStateName.TERMINATED)
        .toList();
  }

  private static IamClient iam(Map<String, String> env) {
    return IamClient.builder()
        .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")))
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(env))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static Ec2Client ec2(Map<String, String> env) {
    return Ec2Client.builder()
        .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")))
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(env))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static StaticCredentialsProvider credentials(Map<String, String> env) {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY")));
  }
}
