package io.firedrill.shell.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.reports.BundleVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A whole exercise, then every file of its evidence bundle searched for every secret the exercise
 * handed out: none may be there, in any format, the PDF's bytes included.
 */
class BundleSecretsTest {

  /** An AWS secret access key's shape: 40 characters of base64, with capitals in it. */
  private static final Pattern SECRET_SHAPE =
      Pattern.compile(
          "(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

  @TempDir Path dir;

  @Test
  void noSecretTheExerciseUsedIsInAnyFileOfItsBundle() throws Exception {
    List<AwsCredentials> handedOut = new ArrayList<>();
    RunOptions options =
        new RunOptions(
            "leaked-access-key", true, RunOptions.DEFAULT_PLAYBOOK, Speed.MAX, dir, line -> {});
    RunResult result =
        new ExerciseRunner(new ScenarioLibrary(Path.of("..")), Clock.systemUTC(), handedOut::add)
            .run(options);

    List<String> secrets = new ArrayList<>();
    for (AwsCredentials credentials : handedOut) {
      secrets.add(credentials.secretAccessKey());
      if (credentials instanceof AwsSessionCredentials session) {
        secrets.add(session.sessionToken());
      }
    }
    // The admin and root keys, and the baseline's users' keys (dev-frank, blue-responder).
    assertThat(secrets).hasSizeGreaterThanOrEqualTo(4).allSatisfy(s -> assertThat(s).hasSize(40));
    Path bundle = result.report().folder();
    assertThat(BundleVerifier.verify(bundle).intact()).isTrue();
    List<Path> files;
    try (Stream<Path> listed = Files.list(bundle)) {
      files = listed.toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(11);
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(text).as(file.getFileName() + " holds a secret").doesNotContain(secret);
      }
      // Keys the attacker made itself (the backdoor user's) never reach the journal either.
      if (!file.getFileName().toString().endsWith(".pdf")) {
        assertThat(SECRET_SHAPE.matcher(Files.readString(file)).results().map(m -> m.group()))
            .as(file.getFileName().toString())
            .isEmpty();
      }
    }
  }
}
