package io.firedrill.sandbox;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Python interpreter, started once per test JVM, that runs AWS CLI commands on request through
 * the CLI's own driver (cli_host.py): each command gets a new botocore session built from the
 * environment it is given, as {@code aws} does, without paying for the interpreter's start and
 * imports each time. Where it cannot start (no python3, or no awscli module), every command runs as
 * its own {@code aws} process instead.
 */
final class CliHost {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static CliHost shared;
  private static boolean unavailable;

  private final Process process;
  private final BufferedWriter requests;
  private final BufferedReader answers;

  private CliHost(Process process) {
    this.process = process;
    this.requests =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.answers =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Runs {@code aws <args>} with exactly this AWS environment, or empty where no host runs. */
  static synchronized Optional<AwsCli.Result> run(List<String> args, Map<String, String> env) {
    if (unavailable) {
      return Optional.empty();
    }
    try {
      if (shared == null) {
        shared = start();
      }
      Optional<AwsCli.Result> result = shared.request(args, env);
      if (result.isEmpty()) {
        // The host died or hung: the next command starts a new one.
        shared.process.destroyForcibly();
        shared = null;
        return Optional.of(new AwsCli.Result(-1, "the AWS CLI did not answer within 60 s"));
      }
      return result;
    } catch (IOException e) {
      unavailable = true;
      return Optional.empty();
    }
  }

  private static CliHost start() throws IOException {
    Path script = Files.createTempFile("firedrill-cli-host", ".py");
    script.toFile().deleteOnExit();
    try (InputStream in = CliHost.class.getResourceAsStream("cli_host.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process process =
        new ProcessBuilder("python3", script.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    CliHost host = new CliHost(process);
    Optional<AwsCli.Result> probe = host.request(List.of("--version"), Map.of());
    if (probe.isEmpty() || probe.get().exitCode() != 0) {
      process.destroyForcibly();
      throw new IOException("the AWS CLI cannot run in python3");
    }
    return host;
  }

  private Optional<AwsCli.Result> request(List<String> args, Map<String, String> env)
      throws IOException {
    try {
      requests.write(JSON.writeValueAsString(Map.of("args", args, "env", env)));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      return Optional.empty();
    }
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return answers.readLine();
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String answer = line.get(60, TimeUnit.SECONDS);
      if (answer == null) {
        return Optional.empty();
      }
      JsonNode node = JSON.readTree(answer);
      return Optional.of(
          new AwsCli.Result(node.path("code").asInt(), node.path("output").asString()));
    } catch (TimeoutException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
