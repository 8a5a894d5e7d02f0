package io.firedrill.shell;

import io.firedrill.shell.cli.CommandLineRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs firedrill commands in the test's own JVM, through the same command line runner that {@code
 * firedrill <args>} uses, on one application context shared by every test of this JVM. For commands
 * that need no environment or working folder of their own and start nothing that outlives them
 * (scenario and technique lookups, policies, journal and bundle checks, scoring a trail folder):
 * the process boundary itself, exit codes included, is {@link CommandLineTest}'s.
 */
final class InThisJvm {

  private static CommandLineRunner runner;

  private InThisJvm() {}

  /** Runs {@code firedrill <args>} and captures what it prints and its exit code. */
  static synchronized Firedrill.Result run(String... args) {
    CommandLineRunner commands = runner();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      code = commands.execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(out);
      System.setErr(err);
    }
    return new Firedrill.Result(
        code, printed.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
  }

  private static CommandLineRunner runner() {
    if (runner == null) {
      System.setProperty("firedrill.home", Firedrill.HOME.toString());
      // The context runs one command as it starts, as the process does: a harmless one.
      runner =
          new SpringApplicationBuilder(FiredrillApplication.class)
              .run("help")
              .getBean(CommandLineRunner.class);
    }
    return runner;
  }
}
