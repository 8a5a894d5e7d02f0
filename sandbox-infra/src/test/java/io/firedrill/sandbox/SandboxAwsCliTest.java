package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real AWS CLI (botocore: its own SigV4 signer, XML and JSON parsers) against the sandbox.
 * Skipped where no {@code aws} command is installed.
 */
class SandboxAwsCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Sandbox sandbox;
  private static AwsBasicCredentials user;

  @BeforeAll
  static void start() {
    Cli version = run(List.of("aws", "--version"), Map.of());
    if (version.exitCode() != 0) {
      String reason = "no usable AWS CLI on the PATH; CLI compatibility not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    sandbox = Sandbox.builder().port(0).start();
    user = SandboxClients.newUser(sandbox, "cli-user");
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void getCallerIdentityReturnsTheUsersArn() {
    Cli result = aws("sts", "get-caller-identity");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(JSON.readTree(result.output()).get("Arn").asString())
        .isEqualTo("arn:aws:iam::000000000000:user/cli-user");
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      Event recorded =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("GetCallerIdentity")))
              .events()
              .get(0);
      assertThat(recorded.username()).isEqualTo("cli-user");
      assertThat(JSON.readTree(recorded.cloudTrailEvent()).get("userAgent").asString())
          .startsWith("aws-cli/");
    }
  }

  @Test
  void lookupEventsParsesTheSandboxsAnswer() {
    Cli result = aws("cloudtrail", "lookup-events", "--max-items", "5");

    assertThat(result.exitCode()).as(result.output()).isZero();
    JsonNode events = JSON.readTree(result.output()).get("Events");
    assertThat(events.isArray()).isTrue();
    assertThat(events.size()).isPositive();
    JsonNode record = JSON.readTree(events.get(0).get("CloudTrailEvent").asString());
    assertThat(record.get("eventVersion").asString()).isEqualTo("1.09");
    assertThat(events.get(0).get("EventId").asString()).isEqualTo(record.get("eventID").asString());
  }

  @Test
  void queryProtocolErrorsReachTheCliAsAwsErrors() {
    Cli result = aws("iam", "get-user", "--user-name", "nobody");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("(NoSuchEntity)", "The user with name nobody cannot be found.");
  }

  private static Cli aws(String... arguments) {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(arguments));
    command.addAll(
        List.of(
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--region",
            "us-east-1",
            "--output",
            "json"));
    return run(
        command,
        Map.of(
            "AWS_ACCESS_KEY_ID", user.accessKeyId(),
            "AWS_SECRET_ACCESS_KEY", user.secretAccessKey()));
  }

  private static Cli run(List<String> command, Map<String, String> credentials) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    // Only what the test gives: no profile, config file or metadata lookup can change the result.
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("AWS_CONFIG_FILE", "/nonexistent/firedrill-config");
    environment.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/firedrill-credentials");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_PAGER", "");
    environment.putAll(credentials);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Cli(-1, output);
      }
      return new Cli(process.exitValue(), output);
    } catch (IOException e) {
      return new Cli(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Cli(-1, "interrupted");
    }
  }

  private record Cli(int exitCode, String output) {}
}
