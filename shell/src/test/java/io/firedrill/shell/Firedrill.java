package io.firedrill.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs firedrill as a separate process, as a user or a CI job would, and captures what it says. */
final class Firedrill {

  /** The checkout's root, so that scenarios/ is found as {@code ./firedrill} finds it. */
  static final Path HOME = Path.of("..").toAbsolutePath().normalize();

  record Result(int exitCode, String out, String err) {}

  private Firedrill() {}

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    Process process = start(workDir, out, err, args);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("firedrill did not finish within 120 s: " + String.join(" ", args));
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Starts firedrill without waiting for it, its output going to the files given. */
  static Process start(Path workDir, Path out, Path err, String... args) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfiredrill.home=" + HOME);
    command.add("-cp");
    command.add(classpath);
    command.add(FiredrillApplication.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }
}
