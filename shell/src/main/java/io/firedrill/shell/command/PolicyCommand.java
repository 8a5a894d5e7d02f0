package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.ScenarioLibrary;
import io.firedrill.shell.exercise.ScenarioPolicies;
import io.firedrill.shell.gameday.Completions;
import java.io.PrintWriter;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code policy}: the IAM policies a scenario's actors need, least privilege, or the scorer's. */
@Component
class PolicyCommand {

  private final ExitCodeHolder exitCode;

  PolicyCommand(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = "policy",
      completionProvider = "scenarioCompletion",
      group = "Scenarios",
      description = "Print the least-privilege IAM policies a scenario's actors need",
      help =
          """
          policy <scenario> [--actor NAME] [--scorer] [--account ID] [--region R] [--queue NAME]

            <scenario>  a scenario id from scenarios/ or a YAML file
            --actor     only this actor's policies
            --scorer    the scorer's read-only policy instead: event history, GuardDuty findings,
                        its EventBridge queue, the trail buckets of the scenario's baseline, and
                        what the containment probes read
            --account   the account id to put in ARNs (default *: any account)
            --region    the exercise's region to put in ARNs (default *)
            --queue     the scorer's SQS queue (default firedrill-telemetry, as sandbox provision names it)

          A single policy prints as bare JSON, ready for 'aws iam create-policy'. Several (an
          actor acting through a role needs one on its user, to assume the role, and one on the
          role) each follow a '# actor NAME: attach to user/NAME' line.
          Exit codes: 0 printed, 2 bad input.""")
  public void policy(
      @Argument(index = 0, description = "scenario id or YAML file") String scenario,
      @Option(longName = "actor", description = "only this actor") String actor,
      @Option(longName = "scorer", description = "the scorer's policy instead") boolean scorer,
      @Option(longName = "account", description = "account id for ARNs") String account,
      @Option(longName = "region", description = "region for ARNs") String region,
      @Option(longName = "queue", description = "the scorer's queue") String queue,
      CommandContext context) {
    if (scenario == null || scenario.isBlank()) {
      fail("expected a scenario id or file: policy <scenario> [--actor NAME] [--scorer]");
      return;
    }
    if (account != null && !account.matches("\\d{12}")) {
      fail("--account expects an account id of 12 digits; got '" + account + "'");
      return;
    }
    if (scorer && actor != null) {
      fail("--scorer and --actor exclude each other: the scorer is not an actor");
      return;
    }
    PrintWriter out = context.outputWriter();
    try {
      ScenarioLibrary library = ScenarioLibrary.fromSystem();
      out.print(
          scorer
              ? ScenarioPolicies.scorer(
                  library, scenario, account, region, queue, Completions.scenarioIds())
              : ScenarioPolicies.actors(
                  library, scenario, actor, account, region, Completions.scenarioIds()));
      out.flush();
    } catch (ScenarioException e) {
      e.problems().forEach(System.err::println);
      exitCode.set(ExitCodes.BAD_INPUT);
    }
  }

  private void fail(String message) {
    System.err.println("firedrill policy: " + message);
    exitCode.set(ExitCodes.BAD_INPUT);
  }
}
