package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.DetectionRuleException;
import io.firedrill.scoring.detect.DetectionRules;
import io.firedrill.scoring.score.Party;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.TimelineEntry;
import io.firedrill.scoring.telemetry.CloudTrailFiles;
import io.firedrill.scoring.telemetry.GuardDutyFiles;
import io.firedrill.scoring.telemetry.TelemetryException;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.cli.ProgressBar;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.ReplayRunner;
import io.firedrill.shell.exercise.RunResult;
import io.firedrill.shell.exercise.ScenarioLibrary;
import io.firedrill.shell.exercise.TrailBucket;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code score --cloudtrail}: score a trail recorded elsewhere against a scenario. */
@Component
class ScoreCommand {

  private final ExitCodeHolder exitCode;

  ScoreCommand(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = "score",
      group = "Evidence",
      description = "Score a CloudTrail trail recorded elsewhere against a scenario's expectations",
      help =
          """
          score --cloudtrail <file|folder|s3://bucket/prefix> --scenario <id|file>
                [--guardduty <file|folder|s3://bucket/prefix>] [--actors NAME=ARN,...]
                [--blue ARN,...]
                [--rules DIR] [--out DIR]

            --cloudtrail  trail files: S3 delivery (.json, .json.gz), a JSON array, one record per
                          line, or 'aws cloudtrail lookup-events' output; a folder is read whole;
                          s3://bucket/AWSLogs/... reads the trail's bucket in place, with the
                          environment's AWS credentials, region and AWS_ENDPOINT_URL
            --scenario    whose expectations to score
            --guardduty   GuardDuty's findings about the same account: findings as GuardDuty
                          writes them (its S3 export's .jsonl.gz, or one a file), 'aws guardduty
                          get-findings' output, or EventBridge 'GuardDuty Finding' events; a
                          finding counts from when GuardDuty created it; s3://bucket/prefix reads
                          the bucket GuardDuty exports to in place, as --cloudtrail does
            --actors      the principal each actor used, e.g. attacker=arn:aws:iam::111122223333:user/eve
                          (a role's ARN stands for its sessions); by default an actor is the user
                          whose key leaked, in the trail's account
            --blue        the blue team's principals, e.g. arn:aws:iam::111122223333:role/IR (a
                          role's ARN stands for its sessions); by default everyone in the account
                          who is not an actor is the blue team, which suits a game-day account but
                          not a shared one, where CI and other people's calls would be scored
            --rules       detection rules (EventBridge patterns, GuardDuty finding types) to match
                          against the trail; one .json file each, or a folder of them
            --out         folder for the journal and the report (default reports/out)

          In a replay an attack is seen when its record says it happened: detection times are
          zero, and response times count from the attack's own record.
          Exit codes: 0 every expectation met, 1 one missed, 2 bad input.""")
  public void score(
      @Option(longName = "cloudtrail", description = "trail file, folder or s3://bucket/prefix")
          String cloudtrail,
      @Option(longName = "scenario", description = "scenario id or file") String scenario,
      @Option(
              longName = "guardduty",
              description = "GuardDuty finding file, folder or s3://bucket/prefix")
          String guardduty,
      @Option(longName = "actors", description = "NAME=ARN,...") String actors,
      @Option(longName = "blue", description = "the blue team's principal ARNs, ARN,...")
          String blue,
      @Option(longName = "rules", description = "detection rule file or folder") String rules,
      @Option(longName = "out", description = "output folder") String out,
      CommandContext context) {
    if (cloudtrail == null || scenario == null) {
      fail("expected --cloudtrail <file|folder|s3://bucket/prefix> and --scenario <id|file>");
      return;
    }
    Map<String, String> arns = new LinkedHashMap<>();
    if (actors != null) {
      for (String pair : actors.split(",")) {
        String[] parts = pair.split("=", 2);
        if (parts.length != 2 || !parts[1].startsWith("arn:")) {
          fail("--actors expects NAME=ARN pairs separated by commas; got '" + pair + "'");
          return;
        }
        arns.put(parts[0].trim(), parts[1].trim());
      }
    }
    List<String> blueArns = new ArrayList<>();
    if (blue != null) {
      for (String arn : blue.split(",")) {
        if (!arn.trim().startsWith("arn:")) {
          fail("--blue expects principal ARNs separated by commas; got '" + arn + "'");
          return;
        }
        blueArns.add(arn.trim());
      }
    }
    try {
      ReplayRunner runner = new ReplayRunner(ScenarioLibrary.fromSystem(), Clock.systemUTC());
      Path folder = out == null ? RunCommand.defaultOut() : Path.of(out);
      List<DetectionRule> ruleList =
          rules == null ? List.of() : DetectionRules.load(Path.of(rules));
      List<JsonNode> findings =
          guardduty == null
              ? List.of()
              : TrailBucket.isBucket(guardduty)
                  ? TrailBucket.read(guardduty, GuardDutyFiles::read)
                  : GuardDutyFiles.read(Path.of(guardduty));
      RunResult result =
          TrailBucket.isBucket(cloudtrail)
              ? TrailBucket.read(
                  cloudtrail,
                  files ->
                      runner.replay(
                          scenario,
                          files,
                          findings,
                          arns,
                          blueArns,
                          folder,
                          ruleList,
                          ProgressBar.onStderr()))
              : runner.replay(
                  scenario,
                  CloudTrailFiles.local(Path.of(cloudtrail)),
                  findings,
                  arns,
                  blueArns,
                  folder,
                  ruleList,
                  ProgressBar.onStderr());
      PrintWriter writer = context.outputWriter();
      Summary.print(writer, result);
      if (blueArns.isEmpty()) {
        unnamedBlueTeam(writer, result.scorecard());
      }
      writer.flush();
      exitCode.set(result.exitCode());
    } catch (ScenarioException e) {
      e.problems().forEach(System.err::println);
      exitCode.set(ExitCodes.BAD_INPUT);
    } catch (TelemetryException e) {
      fail(e.getMessage());
    } catch (DetectionRuleException e) {
      e.problems().forEach(System.err::println);
      exitCode.set(ExitCodes.BAD_INPUT);
    }
  }

  /**
   * Who the replay counted as the blue team when none was named: everyone who acted and is not an
   * actor. In a shared account that takes in CI and other people; saying who lets the user see it.
   */
  private static void unnamedBlueTeam(PrintWriter writer, Scorecard card) {
    Set<String> seen = new TreeSet<>();
    for (TimelineEntry line : card.timeline()) {
      if (line.party() == Party.BLUE) {
        String who = line.who();
        seen.add(who.substring(who.indexOf('(') + 1, who.length() - 1));
      }
    }
    if (seen.isEmpty()) {
      return;
    }
    List<String> shown = seen.stream().limit(5).toList();
    writer.println(
        "blue team: everyone but the actors, "
            + seen.size()
            + " principal(s) seen acting: "
            + String.join(", ", shown)
            + (seen.size() > shown.size() ? ", ..." : ""));
    writer.println("  when others share the account, name the responders with --blue ARN,...");
  }

  private void fail(String message) {
    System.err.println("firedrill score: " + message);
    exitCode.set(ExitCodes.BAD_INPUT);
  }
}
