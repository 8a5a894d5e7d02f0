package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/** After a crash: what the journal's ledger holds is undone against the account it was made in. */
class CleanupCommandTest {

  @TempDir Path dir;

  @Test
  void undoesWhatTheLedgerHoldsAndAddsTheOutcomeToTheJournal() throws Exception {
    Path out = dir.resolve("sandbox.out");
    Process sandbox =
        Firedrill.start(dir, out, dir.resolve("sandbox.err"), "sandbox", "up", "--port", "0");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(out).contains("# Stop it"));
      Map<String, String> admin = Firedrill.exportsAfter(Files.readAllLines(out), "# admin");
      try (IamClient iam = iam(admin)) {
        iam.createUser(r -> r.userName("svc-backup"));
        iam.createAccessKey(r -> r.userName("svc-backup"));
      }
      Path journal = dir.resolve("journal.jsonl");
      try (Journal written = Journal.create(journal, Clock.systemUTC())) {
        written.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start().toJournal());
        written.append(
            EntryTypes.LEDGER_RECORDED,
            Duration.ofSeconds(120),
            Map.of(
                "technique",
                "aws.persistence.iam-create-admin-user",
                "kind",
                "iam-user",
                "id",
                "svc-backup",
                "details",
                Map.of()));
      } // and then the process died: no cleanup, no end

      Firedrill.Result cleanup = Firedrill.run(dir, admin, "cleanup", journal.toString());

      assertThat(cleanup.exitCode()).as(cleanup.err()).isZero();
      assertThat(cleanup.out())
          .contains("undone: iam-user svc-backup")
          .contains("1 undone, 0 left");
      try (IamClient iam = iam(admin)) {
        assertThat(iam.listUsers().users()).noneMatch(u -> u.userName().equals("svc-backup"));
      }
      assertThat(JournalReader.read(journal))
          .extracting(e -> e.type())
          .endsWith(EntryTypes.CLEANUP_DONE);
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static ExerciseStart start() {
    return new ExerciseStart(
        "crashed-1",
        "leaked-access-key",
        "t",
        "0".repeat(64),
        "embedded",
        "000000000000",
        "us-east-1",
        "max",
        null,
        List.of(),
        List.of());
  }

  private static IamClient iam(Map<String, String> env) {
    return IamClient.builder()
        .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
