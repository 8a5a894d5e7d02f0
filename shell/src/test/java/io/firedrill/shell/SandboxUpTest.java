package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.injector.chaos.FaultControl;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** {@code firedrill sandbox up} as a game master uses it: start, paste the exports, stop. */
class SandboxUpTest {

  @TempDir Path dir;

  @Test
  void listensOnLocalStacksPortUnlessToldOtherwiseAndSaysWhatAPortIs() throws Exception {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 4566));
    } catch (IOException busy) {
      Assumptions.abort("port 4566 is taken on this machine");
    }
    Firedrill.Result up = InThisJvm.run("sandbox", "up");
    Firedrill.Result down = InThisJvm.run("sandbox", "down");
    Firedrill.Result bad = InThisJvm.run("sandbox", "up", "--port", "70000");

    assertThat(up.exitCode()).as(up.err()).isZero();
    assertThat(up.out()).contains("# firedrill sandbox at http://127.0.0.1:4566 ");
    assertThat(down.exitCode()).as(down.err()).isZero();
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("--port expects a port number from 0 to 65535")
        .contains("70000");
  }

  @Test
  void printsWorkingEnvironmentsForEachPartyAndStopsCleanly() throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = Firedrill.start(dir, out, err, "sandbox", "up", "--port", "0");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(out).contains("# Stop it"));
      List<String> lines = Files.readAllLines(out);

      Map<String, String> attacker = Firedrill.exportsAfter(lines, "# attacker");
      assertThat(attacker)
          .containsKeys(
              "AWS_ENDPOINT_URL",
              "AWS_ACCESS_KEY_ID",
              "AWS_SECRET_ACCESS_KEY",
              "AWS_REGION",
              "AWS_DEFAULT_REGION");
      assertThat(attacker.get("AWS_ENDPOINT_URL")).startsWith("http://127.0.0.1:");
      assertThat(arnOf(attacker)).endsWith(":user/dev-frank");
      assertThat(arnOf(Firedrill.exportsAfter(lines, "# blue"))).endsWith(":user/blue-responder");
      assertThat(arnOf(Firedrill.exportsAfter(lines, "# admin"))).endsWith(":user/firedrill-admin");
    } finally {
      process.destroy(); // SIGTERM, as Ctrl-C ends it in a terminal
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readString(err))
        .contains("sandbox at http://127.0.0.1:")
        .contains("stopped")
        .doesNotContain("Exception");
  }

  @Test
  void realisticTelemetryIsAsLateAsAwssAndTheAdminCanSetFaults() throws Exception {
    Path out = dir.resolve("out.txt");
    Process process =
        Firedrill.start(
            dir,
            out,
            dir.resolve("err.txt"),
            "sandbox",
            "up",
            "--port",
            "0",
            "--telemetry",
            "realistic");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(out).contains("# Stop it"));
      Map<String, String> admin = Firedrill.exportsAfter(Files.readAllLines(out), "# admin");
      FaultControl faults =
          new FaultControl(
              URI.create(admin.get("AWS_ENDPOINT_URL")),
              admin.get("AWS_REGION"),
              AwsBasicCredentials.create(
                  admin.get("AWS_ACCESS_KEY_ID"), admin.get("AWS_SECRET_ACCESS_KEY")));
      assertThat(faults.delays().trail()).isEqualTo(Duration.ofMinutes(5));
      assertThat(faults.delays().finding()).isEqualTo(Duration.ofMinutes(5));
      faults.set(Map.of("kind", "trail-delay", "delay", "1h"));
      assertThat(faults.delays().trail()).isEqualTo(Duration.ofHours(1));
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aSavedSandboxStartsAgainAsItWasWithTheSameKeys() throws Exception {
    Path state = dir.resolve("state");
    List<String> first = upAndStop(state, env -> createUser(env, "left-behind"));
    List<String> second =
        upAndStop(state, env -> assertThat(userNames(env)).contains("left-behind", "dev-frank"));

    // Same keys, though not the same port: port 0 picks a free one each time.
    for (String party : List.of("# admin", "# blue", "# attacker")) {
      Map<String, String> before = Firedrill.exportsAfter(first, party);
      Map<String, String> after = Firedrill.exportsAfter(second, party);
      assertThat(after.get("AWS_ACCESS_KEY_ID")).isEqualTo(before.get("AWS_ACCESS_KEY_ID"));
      assertThat(after.get("AWS_SECRET_ACCESS_KEY")).isEqualTo(before.get("AWS_SECRET_ACCESS_KEY"));
    }
  }

  private List<String> upAndStop(Path state, java.util.function.Consumer<Map<String, String>> use)
      throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process =
        Firedrill.start(dir, out, err, "sandbox", "up", "--port", "0", "--state", state.toString());
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(out).contains("# Stop it"));
      use.accept(Firedrill.exportsAfter(Files.readAllLines(out), "# admin"));
      return Files.readAllLines(out);
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void createUser(Map<String, String> env, String name) {
    try (software.amazon.awssdk.services.iam.IamClient iam = iam(env)) {
      iam.createUser(r -> r.userName(name));
    }
  }

  private static List<String> userNames(Map<String, String> env) {
    try (software.amazon.awssdk.services.iam.IamClient iam = iam(env)) {
      return iam.listUsers().users().stream().map(u -> u.userName()).toList();
    }
  }

  private static software.amazon.awssdk.services.iam.IamClient iam(Map<String, String> env) {
    return software.amazon.awssdk.services.iam.IamClient.builder()
        .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")))
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static String arnOf(Map<String, String> env) {
    try (StsClient sts =
        StsClient.builder()
            .endpointOverride(URI.create(env.get("AWS_ENDPOINT_URL")))
            .region(Region.of(env.get("AWS_REGION")))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"))))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      return sts.getCallerIdentity().arn();
    }
  }
}
