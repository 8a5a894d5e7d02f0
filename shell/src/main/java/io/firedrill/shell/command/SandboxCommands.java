package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.sandbox.fault.Telemetry;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.cli.KeepAlive;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.ScenarioLibrary;
import io.firedrill.shell.sandbox.Party;
import io.firedrill.shell.sandbox.RunningSandbox;
import jakarta.annotation.PreDestroy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code sandbox up | down | status | env}: the embedded sandbox as a service for a game day. */
@Component
class SandboxCommands implements KeepAlive {

  private final ExitCodeHolder exitCode;
  private volatile RunningSandbox current;
  private volatile CountDownLatch stopped = new CountDownLatch(0);

  SandboxCommands(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = {"sandbox", "up"},
      group = "Sandbox",
      description = "Start the embedded AWS sandbox and print each party's AWS environment",
      help =
          """
          sandbox up [--port N] [--baseline NAME] [--state DIR] [--telemetry fast|realistic|immediate]

            --port      the port on 127.0.0.1 (default 4566, the LocalStack convention; 0 for any)
            --baseline  the starting account, from scenarios/baselines/ (default standard)
            --state     save the sandbox in DIR when it stops, and start it from there next time
                        (the baseline is then not applied again); DIR holds secret keys
            --telemetry how late events reach LookupEvents and GuardDuty findings appear:
                        fast (default: 10 s and 5 s), realistic (about 5 minutes each, as on
                        AWS), or immediate

          Faults (throttling, latency, outages, IAM delays, later telemetry) can be set while it
          runs through the control API at /_firedrill/faults, signed with the admin's key.

          Prints export lines for the admin, the blue team and the attacker: paste one into a
          terminal and the AWS CLI, boto3 and the SDKs reach the sandbox. From the command line it
          runs until Ctrl-C; in the interactive shell, until 'sandbox down'.""")
  public void up(
      // A String: Spring Shell 4.0.1 leaves an int option that is not given at 0, its default
      // value unapplied, and port 0 is any port.
      @Option(longName = "port", defaultValue = "4566", description = "port, 0 for any")
          String port,
      @Option(longName = "baseline", defaultValue = "standard", description = "baseline name")
          String baseline,
      @Option(
              longName = "state",
              description = "folder to save the sandbox in when it stops, and start it from")
          String state,
      // A value, not a bare --realistic flag: Spring Shell 4.0.1 finds no boolean option of a
      // two-word command and asks for a value.
      @Option(
              longName = "telemetry",
              defaultValue = "fast",
              description = "fast, realistic (AWS-like minutes) or immediate")
          String telemetry,
      CommandContext context) {
    PrintWriter out = context.outputWriter();
    if (current != null) {
      out.println(
          "A sandbox is already running at "
              + current.sandbox().endpoint()
              + "; 'sandbox down' stops it.");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    Integer portNumber = portNumber(port);
    if (portNumber == null) {
      System.err.println(
          "firedrill sandbox up: --port expects a port number from 0 to 65535 (0: any free"
              + " port); got '"
              + port
              + "'");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    Telemetry profile = telemetryProfile(telemetry);
    if (profile == null) {
      System.err.println(
          "firedrill sandbox up: --telemetry is fast, realistic or immediate, not " + telemetry);
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    try {
      current =
          RunningSandbox.start(
              ScenarioLibrary.fromSystem(),
              baseline,
              portNumber,
              state == null ? null : Path.of(state),
              profile);
    } catch (ScenarioException e) {
      e.problems().forEach(System.err::println);
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    } catch (RuntimeException e) {
      System.err.println("firedrill sandbox up: " + e.getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    stopped = new CountDownLatch(1);
    out.println(
        "# firedrill sandbox at "
            + current.sandbox().endpoint()
            + " (account "
            + current.sandbox().accountId()
            + ", region "
            + current.sandbox().region()
            + ", baseline "
            + current.baselineName()
            + ")");
    out.println(
        "# telemetry: "
            + telemetry
            + ", events reach LookupEvents "
            + profile.trailDelay().toSeconds()
            + " s and GuardDuty findings "
            + profile.findingDelay().toSeconds()
            + " s after the call");
    for (Party party : Party.values()) {
      if (current.has(party)) {
        out.println(
            "# " + party.name().toLowerCase(java.util.Locale.ROOT) + ": " + party.description());
        out.println(current.exports(party));
      }
    }
    out.println("# Stop it with Ctrl-C (or 'sandbox down' in the interactive shell).");
    out.flush();
  }

  /** The port asked for (4566 when none was), or null when it is not one. */
  private static Integer portNumber(String port) {
    String text = port == null || port.isBlank() ? "4566" : port.strip();
    try {
      int number = Integer.parseInt(text);
      return number >= 0 && number <= 65535 ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Telemetry telemetryProfile(String name) {
    return switch (name) {
      case "fast" -> Telemetry.FAST;
      case "realistic" -> Telemetry.REALISTIC;
      case "immediate" -> Telemetry.IMMEDIATE;
      default -> null;
    };
  }

  @Command(
      name = {"sandbox", "down"},
      group = "Sandbox",
      description = "Stop the embedded sandbox")
  public String down() {
    if (current == null) {
      return "No sandbox is running.";
    }
    String endpoint = current.sandbox().endpoint().toString();
    stop();
    stopped.countDown();
    return "Stopped the sandbox at " + endpoint + ".";
  }

  @Command(
      name = {"sandbox", "status"},
      group = "Sandbox",
      description = "Say whether the sandbox runs, and where")
  public String status() {
    RunningSandbox running = current;
    return running == null
        ? "No sandbox is running; 'sandbox up' starts one."
        : "Running at "
            + running.sandbox().endpoint()
            + " with baseline "
            + running.baselineName()
            + ".";
  }

  @Command(
      name = {"sandbox", "env"},
      group = "Sandbox",
      description = "Print the AWS environment of one party: admin, blue or attacker")
  public void env(
      @Option(longName = "actor", defaultValue = "blue", description = "admin, blue or attacker")
          String actor,
      CommandContext context) {
    RunningSandbox running = current;
    if (running == null) {
      System.err.println("No sandbox is running; 'sandbox up' starts one.");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    try {
      context.outputWriter().println(running.exports(Party.parse(actor)));
    } catch (IllegalArgumentException e) {
      System.err.println("firedrill sandbox env: " + e.getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
    }
  }

  @Override
  public boolean running() {
    return current != null;
  }

  @Override
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the sandbox when the application stops, which Ctrl-C does. The command-line thread
   * waiting in {@link #awaitStop()} is left waiting: the JVM is on its way out.
   */
  @PreDestroy
  void stop() {
    RunningSandbox running = current;
    current = null;
    if (running != null) {
      running.close();
      System.err.println("firedrill: sandbox at " + running.sandbox().endpoint() + " stopped");
    }
  }
}
