package io.firedrill.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs firedrill as a separate process, as a user or a CI job would, and captures what it says. */
final class Firedrill {

  /** The checkout's root, so that scenarios/ is found as {@code ./firedrill} finds it. */
  static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  record Result(int exitCode, String out, String err) {}

  private Firedrill() {}

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    return run(workDir, java.util.Map.of(), args);
  }

  /** Runs firedrill with these environment variables added, as a user's shell would. */
  static Result run(Path workDir, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    Process process = start(workDir, out, err, env, true, args);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("firedrill did not finish within 180 s: " + String.join(" ", args));
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Starts firedrill without waiting for it, its output going to the files given. */
  static Process start(Path workDir, Path out, Path err, String... args) throws IOException {
    return start(workDir, out, err, java.util.Map.of(), args);
  }

  static Process start(
      Path workDir, Path out, Path err, java.util.Map<String, String> env, String... args)
      throws IOException {
    return start(workDir, out, err, env, false, args);
  }

  private static Process start(
      Path workDir,
      Path out,
      Path err,
      java.util.Map<String, String> env,
      boolean waited,
      String... args)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(ChildJvm.command(HOME, waited, List.of(args)));
    builder.environment().putAll(env);
    return builder
        .directory(workDir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  /** The environment that a {@code sandbox up} section's export line sets. */
  static java.util.Map<String, String> exportsAfter(List<String> lines, String heading) {
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith(heading)) {
        java.util.Map<String, String> env = new java.util.HashMap<>();
        for (String pair : lines.get(i + 1).replaceFirst("^export ", "").split(" ")) {
          String[] kv = pair.split("=", 2);
          env.put(kv[0], kv[1]);
        }
        return env;
      }
    }
    throw new AssertionError("no '" + heading + "' section in:\n" + String.join("\n", lines));
  }
}
