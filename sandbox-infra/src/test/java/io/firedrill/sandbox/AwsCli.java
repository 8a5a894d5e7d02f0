package io.firedrill.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The real AWS CLI (botocore: its own SigV4 signer, XML and JSON parsers) run against a sandbox
 * with exactly the credentials a test gives it: no profile, config file or metadata lookup can
 * change the result. Commands run in one Python interpreter kept for the test JVM ({@link
 * CliHost}), each with a fresh CLI driver and botocore session, or as {@code aws} processes where
 * that cannot start.
 */
public final class AwsCli {

  private AwsCli() {}

  /** The outcome of one command: its exit code and its standard output and error together. */
  public record Result(int exitCode, String output) {}

  /** Whether an {@code aws} command runs on this machine. */
  public static boolean available() {
    return runProcess(List.of("aws", "--version"), Map.of()).exitCode() == 0;
  }

  /** Runs {@code aws <arguments>} against {@code sandbox} as {@code credentials}, JSON output. */
  public static Result run(Sandbox sandbox, AwsCredentials credentials, String... arguments) {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(arguments));
    command.addAll(
        List.of(
            "--endpoint-url",
            sandbox.endpoint().toString(),
            "--region",
            sandbox.region(),
            "--output",
            "json"));
    Map<String, String> environment =
        new HashMap<>(
            Map.of(
                "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey()));
    if (credentials instanceof AwsSessionCredentials session) {
      environment.put("AWS_SESSION_TOKEN", session.sessionToken());
    }
    return run(command, environment);
  }

  private static Result run(List<String> command, Map<String, String> credentials) {
    Map<String, String> aws = new HashMap<>();
    aws.put("AWS_CONFIG_FILE", "/nonexistent/firedrill-config");
    aws.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/firedrill-credentials");
    aws.put("AWS_EC2_METADATA_DISABLED", "true");
    aws.put("AWS_PAGER", "");
    // One attempt: an error must reach the test as the sandbox answered it.
    aws.put("AWS_MAX_ATTEMPTS", "1");
    aws.putAll(credentials);
    return CliHost.run(command.subList(1, command.size()), aws)
        .orElseGet(() -> runProcess(command, aws));
  }

  private static Result runProcess(List<String> command, Map<String, String> aws) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.putAll(aws);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, output);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
