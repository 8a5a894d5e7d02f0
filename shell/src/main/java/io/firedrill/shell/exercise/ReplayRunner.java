package io.firedrill.shell.exercise;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Actor;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.reports.ReportFiles;
import io.firedrill.reports.ReportWriter;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.telemetry.CloudTrailFiles;
import io.firedrill.scoring.telemetry.Replay;
import io.firedrill.scoring.telemetry.TrailFile;
import io.firedrill.shell.cli.ProgressBar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Scores a trail recorded elsewhere against a scenario's expectations: a real account's trail after
 * a live game day, for instance. Actors are recognised by principal ARN: given, or the scenario's
 * leaked-key user in the trail's account.
 */
public final class ReplayRunner {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ScenarioLibrary library;
  private final Clock wall;

  public ReplayRunner(ScenarioLibrary library, Clock wall) {
    this.library = library;
    this.wall = wall;
  }

  /**
   * @param actorArns principal ARNs by actor name; an actor not named is its leaked-key user
   */
  public RunResult replay(String scenarioRef, Path trail, Map<String, String> actorArns, Path out) {
    return replay(scenarioRef, trail, actorArns, out, List.of());
  }

  /**
   * @param rules the team's detection rules, matched against every record of the trail
   */
  public RunResult replay(
      String scenarioRef,
      Path trail,
      Map<String, String> actorArns,
      Path out,
      List<DetectionRule> rules) {
    return replay(scenarioRef, CloudTrailFiles.local(trail), actorArns, out, rules);
  }

  /**
   * @param trail the trail's files, local or in a trail bucket
   */
  public RunResult replay(
      String scenarioRef,
      List<TrailFile> trail,
      Map<String, String> actorArns,
      Path out,
      List<DetectionRule> rules) {
    return replay(scenarioRef, trail, actorArns, out, rules, new ProgressBar(nowhere(), false));
  }

  /**
   * @param progress shows the trail's files read of all, then the report being written
   */
  public RunResult replay(
      String scenarioRef,
      List<TrailFile> trail,
      Map<String, String> actorArns,
      Path out,
      List<DetectionRule> rules,
      ProgressBar progress) {
    return replay(scenarioRef, trail, actorArns, List.of(), out, rules, progress);
  }

  /**
   * @param blueArns the blue team's principals; empty when everyone else in the account is
   */
  public RunResult replay(
      String scenarioRef,
      List<TrailFile> trail,
      Map<String, String> actorArns,
      List<String> blueArns,
      Path out,
      List<DetectionRule> rules,
      ProgressBar progress) {
    return replay(scenarioRef, trail, List.of(), actorArns, blueArns, out, rules, progress);
  }

  /**
   * @param findings GuardDuty's findings about the same account, as {@link
   *     io.firedrill.scoring.telemetry.GuardDutyFiles} reads them
   */
  public RunResult replay(
      String scenarioRef,
      List<TrailFile> trail,
      List<JsonNode> findings,
      Map<String, String> actorArns,
      List<String> blueArns,
      Path out,
      List<DetectionRule> rules,
      ProgressBar progress) {
    ScenarioLibrary.Source source = library.scenario(scenarioRef);
    Scenario scenario = ScenarioLoader.parse(source.text(), source.name());
    String exerciseId = scenario.id() + "-replay-" + ID_TIME.format(wall.instant());
    Path journalFile = out.resolve(exerciseId).resolve("journal.jsonl");
    try (Journal journal = Journal.createWriteOnly(journalFile, wall)) {
      Replay.journal(
          trail,
          findings,
          account -> start(scenario, exerciseId, account, actorArns, blueArns),
          journal,
          rules,
          (filesDone, files, bytesDone, bytes) ->
              progress.files("reading the trail", filesDone, files, bytesDone, bytes),
          true);
    }
    try {
      Files.writeString(journalFile.resolveSibling(ReportWriter.SCENARIO), source.text());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + journalFile.getParent(), e);
    }
    progress.stage("writing the report (HTML, Markdown, PDF, JSON, JUnit)");
    ReportFiles report =
        ReportWriter.write(
            journalFile,
            Reports.draft(),
            journalFile.getParent(),
            EnumSet.allOf(ReportWriter.Rendering.class),
            (step, percent) -> progress.percent("writing the report", percent, step));
    return new RunResult(report.card(), journalFile, report);
  }

  private static java.io.PrintStream nowhere() {
    return new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
  }

  private static ExerciseStart start(
      Scenario scenario,
      String exerciseId,
      String account,
      Map<String, String> actorArns,
      List<String> blueArns) {
    List<ExerciseStart.ActorKey> actors = new ArrayList<>();
    for (Actor actor : scenario.actors().values()) {
      String arn =
          actorArns.getOrDefault(
              actor.name(),
              // An empty trail names no account: the actor is then known by no principal.
              account == null ? null : "arn:aws:iam::" + account + ":user/" + actor.leakedKeyOf());
      actors.add(
          new ExerciseStart.ActorKey(
              actor.name(), actor.leakedKeyOf(), arn, null, actor.sourceIp()));
    }
    return new ExerciseStart(
        exerciseId,
        scenario.id(),
        scenario.title(),
        scenario.sha256(),
        "replay",
        account,
        null,
        "1",
        null,
        actors,
        scenario.expectations(),
        scenario.scoring(),
        blueArns);
  }
}
