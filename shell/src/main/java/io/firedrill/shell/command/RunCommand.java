package io.firedrill.shell.command;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.guardrail.GuardrailPolicy;
import io.firedrill.injector.guardrail.TargetRefusedException;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.config.GuardrailSettings;
import io.firedrill.shell.exercise.ExerciseRunner;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.RunOptions;
import io.firedrill.shell.exercise.RunResult;
import io.firedrill.shell.exercise.ScenarioLibrary;
import io.firedrill.shell.exercise.TargetChoice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkInterruptedException;

/** {@code run}: a whole exercise in one command, for scripts and CI. */
@Component
class RunCommand {

  private final ExitCodeHolder exitCode;
  private final GuardrailSettings guardrails;

  RunCommand(ExitCodeHolder exitCode, GuardrailSettings guardrails) {
    this.exitCode = exitCode;
    this.guardrails = guardrails;
  }

  @Command(
      name = "run",
      completionProvider = "scenarioCompletion",
      group = "Exercises",
      description = "Run a whole exercise and write its report",
      help =
          """
          run <scenario> [--blue auto|none] [--playbook NAME] [--speed N|max] [--out DIR]
              [--sandbox embedded|aws|localstack] [--endpoint URL] [--profile NAME]
              [--allow-account ID[,ID...]]

            <scenario>  a scenario id from scenarios/ (e.g. cloudtrail-tampering) or a YAML file
            --blue      auto: the scripted blue team responds; none: nobody does (default none)
            --playbook  what the scripted blue team does, from scenarios/playbooks/
                        (default standard-responder)
            --speed     how many times faster than real time scenario time runs: a number up to
                        100, or max (100); default 1
            --out       folder for the exercise's journal and report (default reports/out)
            --dry-run   print the plan and the API calls it would make, and start nothing
            --sandbox   where to play (default embedded):
                        embedded    a sandbox of the run's own, gone when it ends
                        aws         a real account, with the default credential chain or
                                    --profile (AWS_PROFILE), at AWS's endpoints (or
                                    AWS_ENDPOINT_URL); needs --allow-account
                        localstack  a LocalStack at --endpoint (AWS_ENDPOINT_URL, default
                                    http://localhost:4566) with its test credentials; says first
                                    which parts of the scenario it cannot play
            --endpoint  without --sandbox: play in the account at this endpoint with the
                        environment's AWS credentials, e.g. a 'firedrill sandbox up' in another
                        terminal (paste its admin export line first)
            --profile   the AWS profile to use with --sandbox aws
            --allow-account
                        the account ids the credentials may reach (no default but LocalStack's
                        000000000000; also FIREDRILL_ALLOWED_ACCOUNTS); any other is refused
                        before any change. The region is AWS_REGION or AWS_DEFAULT_REGION.

          Guardrails (firedrill.yaml or FIREDRILL_*; docs/guardrails.md): regions,
          max-instances-per-step, max-instances-per-exercise, allowed-instance-types, stop-alarm.

          Exit codes: 0 every expectation met, 1 an expectation missed, 2 bad input, 3 the
          target was refused or the stop condition's alarm stopped the exercise, 4 interrupted.""")
  public void run(
      @Argument(index = 0, description = "scenario id or YAML file") String scenario,
      @Option(longName = "blue", defaultValue = "none", description = "auto or none") String blue,
      @Option(
              longName = "playbook",
              defaultValue = RunOptions.DEFAULT_PLAYBOOK,
              description = "the scripted blue team's playbook")
          String playbook,
      @Option(longName = "speed", defaultValue = "1", description = "a factor up to 100, or max")
          String speed,
      @Option(longName = "out", description = "output folder (default reports/out)") String out,
      @Option(longName = "dry-run", description = "print the plan and the calls it would make")
          boolean dryRun,
      @Option(longName = "sandbox", description = "embedded, aws or localstack") String sandbox,
      @Option(longName = "endpoint", description = "the endpoint of an account to play in")
          String endpoint,
      @Option(longName = "profile", description = "the AWS profile, for --sandbox aws")
          String profile,
      @Option(longName = "allow-account", description = "account ids the endpoint may reach")
          String allowAccount,
      CommandContext context)
      throws Exception {
    PrintWriter writer = context.outputWriter();
    if (scenario == null || scenario.isBlank()) {
      fail("expected a scenario id or file: run <scenario> [--blue auto|none] [--speed N|max]");
      return;
    }
    if (!blue.equals("auto") && !blue.equals("none")) {
      fail("--blue expects auto or none; got '" + blue + "'");
      return;
    }
    if (dryRun) {
      try {
        writer.print(DryRun.describe(ScenarioLibrary.fromSystem(), scenario));
        writer.flush();
      } catch (ScenarioException e) {
        e.problems().forEach(System.err::println);
        exitCode.set(ExitCodes.BAD_INPUT);
      }
      return;
    }
    Speed parsedSpeed;
    try {
      parsedSpeed = Speed.parse(speed);
    } catch (IllegalArgumentException e) {
      fail("--speed: " + e.getMessage());
      return;
    }
    TargetChoice target;
    try {
      target = TargetChoice.parse(sandbox, endpoint, profile, System.getenv());
    } catch (TargetChoice.BadTarget e) {
      fail(e.getMessage());
      return;
    }
    String allowed =
        allowAccount != null ? allowAccount : System.getenv("FIREDRILL_ALLOWED_ACCOUNTS");
    Set<String> accounts = new LinkedHashSet<>();
    for (String account : allowed == null ? new String[0] : allowed.split(",")) {
      if (!account.isBlank() && !account.strip().matches("\\d{12}")) {
        fail(
            "--allow-account expects twelve-digit account ids, comma-separated; got '"
                + account
                + "'");
        return;
      }
      if (!account.isBlank()) {
        accounts.add(account.strip());
      }
    }
    GuardrailPolicy policy;
    try {
      policy = guardrails.policy();
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    RunOptions options =
        new RunOptions(
            scenario,
            blue.equals("auto"),
            playbook,
            parsedSpeed,
            out == null ? defaultOut() : Path.of(out),
            line -> {
              writer.println(line);
              writer.flush();
            },
            target,
            accounts,
            policy);
    exitCode.set(Interruptible.run(() -> runAndReport(options, writer)));
  }

  /** Runs the exercise and prints its summary; the exit code. */
  private static int runAndReport(RunOptions options, PrintWriter writer)
      throws InterruptedException {
    try {
      RunResult result =
          new ExerciseRunner(ScenarioLibrary.fromSystem(), Clock.systemUTC()).run(options);
      writer.println();
      Summary.print(writer, result);
      return result.exitCode();
    } catch (ScenarioException e) {
      e.problems().forEach(System.err::println);
      return ExitCodes.BAD_INPUT;
    } catch (TargetRefusedException e) {
      System.err.println("firedrill run: the target was refused: " + e.getMessage());
      return ExitCodes.TARGET_REFUSED;
    } catch (SdkInterruptedException | AbortedException e) {
      // Ctrl-C while the sandbox or the target was being set up, before the journal began.
      System.err.println("firedrill run: interrupted while setting up; no inject was made");
      return ExitCodes.INTERRUPTED;
    }
  }

  private void fail(String message) {
    System.err.println("firedrill run: " + message);
    exitCode.set(ExitCodes.BAD_INPUT);
  }

  static Path defaultOut() {
    String home = System.getProperty("firedrill.home");
    return home == null ? Path.of("reports", "out") : Path.of(home, "reports", "out");
  }
}
