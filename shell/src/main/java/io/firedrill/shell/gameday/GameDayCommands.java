package io.firedrill.shell.gameday;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.guardrail.TargetRefusedException;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.command.Summary;
import io.firedrill.shell.config.FiredrillSettings;
import io.firedrill.shell.config.GuardrailSettings;
import io.firedrill.shell.exercise.ExerciseHandle;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.RunResult;
import java.io.PrintWriter;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code gameday start | status | pause | resume | abort | end | notice}: the game master's. */
@Component
class GameDayCommands {

  private final GameDay gameDay;
  private final FiredrillSettings settings;
  private final ExitCodeHolder exitCode;
  private final GuardrailSettings guardrails;

  GameDayCommands(
      GameDay gameDay,
      FiredrillSettings settings,
      ExitCodeHolder exitCode,
      GuardrailSettings guardrails) {
    this.gameDay = gameDay;
    this.settings = settings;
    this.exitCode = exitCode;
    this.guardrails = guardrails;
  }

  @Command(
      name = {"gameday", "start"},
      group = "Game day",
      description = "Start an exercise in the background and return to the prompt",
      completionProvider = "scenarioCompletion",
      help =
          """
          gameday start <scenario> [--blue auto|none] [--speed N|max]
              [--sandbox embedded|aws|localstack] [--endpoint URL] [--profile NAME]
              [--allow-account ID[,ID...]]

            <scenario>  a scenario id from scenarios/ (Tab lists them) or a YAML file
            --blue      auto: the scripted blue team responds; none: the humans do (default none)
            --speed     scenario time per wall time: a number up to 100, or max; default 1
                        (or firedrill.default-speed)
            --sandbox   embedded (default): a sandbox of the exercise's own;
                        aws: a real account, default credential chain or --profile (AWS_PROFILE);
                        localstack: a LocalStack at --endpoint (AWS_ENDPOINT_URL, default
                        http://localhost:4566) with its test credentials; it says first which
                        parts of the scenario LocalStack cannot play
            --endpoint  without --sandbox: the account at this endpoint (a 'sandbox up' in
                        another terminal) with the environment's AWS credentials and region
            --profile   the AWS profile to use with --sandbox aws
            --allow-account
                        the account ids the credentials may reach (or
                        firedrill.allowed-accounts, FIREDRILL_ALLOWED_ACCOUNTS); LocalStack's
                        000000000000 needs none

          The exercise plays while the shell takes commands: 'gameday status', 'pause',
          'resume', 'notice', 'end' (scored as complete) or 'abort'; 'blue ack|note|declare'.""")
  public void start(
      @Argument(index = 0, description = "scenario id or YAML file") String scenario,
      @Option(longName = "blue", defaultValue = "none", description = "auto or none") String blue,
      @Option(longName = "speed", description = "a factor up to 100, or max") String speed,
      @Option(longName = "sandbox", description = "embedded, aws or localstack") String sandbox,
      @Option(longName = "endpoint", description = "the endpoint of an account to play in")
          String endpoint,
      @Option(longName = "profile", description = "the AWS profile, for --sandbox aws")
          String profile,
      @Option(longName = "allow-account", description = "account ids the endpoint may reach")
          String allowAccount,
      CommandContext context) {
    PrintWriter out = context.outputWriter();
    try {
      ExerciseHandle handle =
          gameDay.start(
              progress ->
                  StartOptions.parse(
                          scenario,
                          blue,
                          speed,
                          sandbox,
                          endpoint,
                          profile,
                          allowAccount,
                          settings,
                          progress)
                      .withGuardrails(guardrails.policy()),
              out);
      out.println(
          "Started "
              + handle.status().map(s -> s.exerciseId()).orElse(scenario)
              + ". The prompt is yours: 'gameday status', 'gameday pause', 'gameday end'.");
    } catch (StartOptions.BadOption e) {
      fail(out, "gameday start: " + e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      fail(out, "gameday start: " + e.getMessage());
    } catch (ScenarioException e) {
      e.problems().forEach(p -> out.println("gameday start: " + p));
      exitCode.set(ExitCodes.BAD_INPUT);
    } catch (TargetRefusedException e) {
      out.println("gameday start: the target was refused: " + e.getMessage());
      exitCode.set(ExitCodes.TARGET_REFUSED);
    } catch (Exception e) {
      fail(out, "gameday start: the exercise could not start: " + e.getMessage());
    }
    out.flush();
  }

  @Command(
      name = {"gameday", "status"},
      group = "Game day",
      description = "Where the exercise stands: time, next inject, injects, detections, blue")
  public void status(CommandContext context) {
    PrintWriter out = context.outputWriter();
    ExerciseHandle handle = gameDay.last();
    if (handle == null || handle.status().isEmpty()) {
      out.println("No exercise has started; 'gameday start <scenario>' starts one.");
    } else {
      Board.page(handle.status().get()).forEach(out::println);
    }
    out.flush();
  }

  @Command(
      name = {"gameday", "pause"},
      group = "Game day",
      description = "Stop scenario time and the timeline until 'gameday resume'")
  public String pause() {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    return handle.pause()
        ? "Paused: scenario time stands still; 'gameday resume' lets it run on."
        : "Already paused; 'gameday resume' lets it run on.";
  }

  @Command(
      name = {"gameday", "resume"},
      group = "Game day",
      description = "Let scenario time run on after a pause")
  public String resume() {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    return handle.resume() ? "Resumed." : "Not paused: nothing to resume.";
  }

  @Command(
      name = {"gameday", "end"},
      group = "Game day",
      description = "End the exercise now, scored as complete; clean up and write the report")
  public void end(CommandContext context) throws Exception {
    stop(ExerciseHandle.ENDED, context.outputWriter());
  }

  @Command(
      name = {"gameday", "abort"},
      group = "Game day",
      description = "Abort the exercise: clean up and write the report, marked interrupted")
  public void abort(CommandContext context) throws Exception {
    stop(ExerciseHandle.ABORTED, context.outputWriter());
  }

  @Command(
      name = {"gameday", "notice"},
      group = "Game day",
      description = "Send the players a game master's message, journaled as the scenario's are")
  public String notice(@Arguments List<String> words) {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    if (words == null || words.isEmpty()) {
      exitCode.set(ExitCodes.BAD_INPUT);
      return "gameday notice: expected the message, e.g. gameday notice \"Finance saw a new"
          + " IAM user; please look\"";
    }
    handle.notice(String.join(" ", words));
    return "Notice journaled.";
  }

  private void stop(String reason, PrintWriter out) throws Exception {
    if (gameDay.current() == null) {
      out.println(nothingRunning());
      out.flush();
      return;
    }
    out.println("Ending: the last polls, cleanup, the journal's end and the report...");
    out.flush();
    RunResult result = gameDay.stop(reason);
    if (result == null) {
      fail(out, "the exercise did not finish ending in time; its journal is in reports/out");
      return;
    }
    out.println();
    Summary.print(out, result);
    exitCode.set(result.exitCode());
  }

  private String nothingRunning() {
    exitCode.set(ExitCodes.BAD_INPUT);
    return "No exercise is running; 'gameday start <scenario>' starts one.";
  }

  private void fail(PrintWriter out, String message) {
    out.println(message);
    out.flush();
    exitCode.set(ExitCodes.BAD_INPUT);
  }
}
