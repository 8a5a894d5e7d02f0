package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.CleanupReport;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.guardrail.Guardrail;
import io.firedrill.injector.guardrail.StopAlarm;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import io.firedrill.reports.ReportFiles;
import io.firedrill.reports.ReportWriter;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.AppliedBaseline;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.score.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Runs a whole exercise on the embedded sandbox: load and plan the scenario, start the sandbox and
 * apply the baseline, play the timeline while the scorer watches, then score the journal and write
 * the report.
 */
public final class ExerciseRunner {

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final ScenarioLibrary library;
  private final Clock wall;
  private final Consumer<AwsCredentials> handedOut;

  public ExerciseRunner(ScenarioLibrary library, Clock wall) {
    this(library, wall, credentials -> {});
  }

  /**
   * @param handedOut told each credential the exercise hands out, so that a test can look for its
   *     secret in everything the exercise wrote
   */
  ExerciseRunner(ScenarioLibrary library, Clock wall, Consumer<AwsCredentials> handedOut) {
    this.library = library;
    this.wall = wall;
    this.handedOut = handedOut;
  }

  /**
   * Runs the exercise to its end.
   *
   * @throws io.firedrill.exercise.scenario.ScenarioException when the scenario or its baseline
   *     cannot be used; nothing has been started then
   */
  public RunResult run(RunOptions options) throws InterruptedException {
    return run(options, new ExerciseHandle());
  }

  /**
   * Starts the exercise in the background and returns at once; {@link
   * ExerciseHandle#awaitStarted()} waits for scenario time zero. The scenario is checked first,
   * here.
   *
   * @throws io.firedrill.exercise.scenario.ScenarioException when the scenario or its baseline
   *     cannot be used; nothing has been started then
   */
  public ExerciseHandle start(RunOptions options) {
    ScenarioLibrary.Source source = library.scenario(options.scenario());
    Scenario scenario = Planner.load(source.text(), source.name()).scenario();
    Cast.checkActors(scenario, library.loadBaseline(scenario.baseline()));
    ExerciseHandle handle = new ExerciseHandle();
    Thread thread =
        new Thread(
            () -> {
              try {
                handle.finish(run(options, handle), null);
              } catch (Exception e) {
                handle.finish(null, e);
              }
            },
            "firedrill-exercise");
    thread.setDaemon(true);
    thread.start();
    return handle;
  }

  private RunResult run(RunOptions options, ExerciseHandle handle) throws InterruptedException {
    ScenarioLibrary.Source source = library.scenario(options.scenario());
    Plan plan = Planner.load(source.text(), source.name());
    Scenario scenario = plan.scenario();
    Baseline baseline = library.loadBaseline(scenario.baseline());
    Playbook playbook = options.blueAuto() ? library.playbook(options.playbook()) : null;
    Cast.checkActors(scenario, baseline);
    List<DetectionRule> rules = library.detectionRules();
    checkRules(scenario, rules);

    String exerciseId = scenario.id() + "-" + ID_TIME.format(wall.instant());
    Path folder = freshFolder(options.out(), exerciseId);
    exerciseId = folder.getFileName().toString();
    Consumer<String> say = options.progress();
    // The scenario as run, beside its journal: the report cites it and the bundle holds it.
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(ReportWriter.SCENARIO), source.text());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + folder, e);
    }

    if (options.target().kind() != TargetChoice.Kind.EMBEDDED) {
      warnOfGaps(plan, options.target(), say);
      TargetAccount account = EndpointTarget.open(options.target(), options.allowedAccounts());
      say.accept(
          "target: "
              + options.target().describe()
              + " (account "
              + account.accountId()
              + ", region "
              + account.region()
              + ")");
      // Before the first change: every guardrail only reads.
      try (StopAlarm stopAlarm =
          Guardrails.checkAccount(account, plan, options.guardrails(), say)) {
        Set<String> users = new LinkedHashSet<>();
        scenario.actors().values().forEach(a -> users.add(a.user()));
        users.add(Cast.BLUE_USER);
        handedOut.accept(account.control());
        ExerciseKeys keys = ExerciseKeys.issue(account, users);
        keys.credentials().values().forEach(handedOut);
        say.accept("target: exercise keys issued for " + String.join(", ", users));
        watch(stopAlarm, options, handle);
        return exercise(
            plan,
            playbook,
            rules,
            options,
            account,
            keys.credentials(),
            keys.changes(),
            folder,
            handle);
      }
    }
    // A 'run' from the command line has had its sandbox started while Spring started.
    EarlySandbox.Started early = EarlySandbox.claim(baseline);
    try (Sandbox sandbox = early != null ? early.sandbox() : Sandbox.builder().port(0).start()) {
      say.accept(
          "sandbox: embedded AWS sandbox at "
              + sandbox.endpoint()
              + " (account "
              + sandbox.accountId()
              + ")");
      AppliedBaseline applied =
          early != null ? early.applied() : EarlySandbox.apply(baseline, sandbox);
      say.accept("sandbox: baseline '" + baseline.name() + "' applied");
      handedOut.accept(sandbox.adminCredentials());
      handedOut.accept(sandbox.rootCredentials());
      applied.accessKeys().values().forEach(handedOut);
      TargetAccount account = TargetAccount.of(sandbox);
      // The embedded sandbox is always allowed: its own account, in its own region.
      Guardrails.check(
          new Guardrail(Set.of(sandbox.accountId()), Set.of(sandbox.region())), account);
      // The embedded sandbox spends nothing, serves any region and starts without alarms: only
      // the marker and management-account checks apply.
      Guardrails.checkEmbedded(account, options.guardrails(), say);
      return exercise(
          plan, playbook, rules, options, account, applied.accessKeys(), List.of(), folder, handle);
    }
  }

  /** The stop condition, when there is one, stops the exercise when its alarm fires. */
  private static void watch(StopAlarm stopAlarm, RunOptions options, ExerciseHandle handle) {
    if (stopAlarm != null) {
      stopAlarm.watch(options.guardrails().stopAlarmEvery(), handle::stop);
    }
  }

  /**
   * Plays the plan in the account, from the journal's first entry to the report.
   *
   * @param setup changes made to the account before the exercise began, for cleanup to undo
   */
  private RunResult exercise(
      Plan plan,
      Playbook playbook,
      List<DetectionRule> rules,
      RunOptions options,
      TargetAccount account,
      Map<String, ? extends AwsCredentials> userKeys,
      List<Change> setup,
      Path folder,
      ExerciseHandle handle)
      throws InterruptedException {
    Scenario scenario = plan.scenario();
    String exerciseId = folder.getFileName().toString();
    Path journalFile = folder.resolve("journal.jsonl");
    try (Journal journal = Journal.create(journalFile, wall)) {
      Cast cast = Cast.of(scenario, userKeys, account, exerciseId);
      Progress progress = new Progress(options.progress());
      ScenarioClock clock;
      String reason;
      Duration endedAt;
      try (Play play = Play.prepare(plan, cast, journal, options, playbook, rules, progress)) {
        // Zero a moment from now: the injects due at 0s are then scheduled ahead, not late.
        clock = ScenarioClock.startingIn(Duration.ofMillis(250), wall, options.speed());
        progress.clockStarted(clock);
        journal.append(
            EntryTypes.EXERCISE_STARTED,
            Duration.ZERO,
            cast.start(scenario, account, options.speed()).toJournal());
        Ledger atZero =
            new Ledger(
                journal,
                ScenarioClock.startingNow(Clock.fixed(wall.instant(), ZoneOffset.UTC), Speed.MAX),
                "firedrill");
        setup.forEach(atZero::willMake);
        play.begin(clock, progress);
        handle.attach(scenario, exerciseId, journal, clock, play.timeline(), progress);
        reason =
            play.awaitEnd(
                scenario.end(), () -> Scorer.score(journal.entries()).allMet(), handle::stopReason);
        endedAt = clock.now();
        handle.closing();
      }
      CleanupReport cleanup = Cleanups.undo(journal, cast, endedAt);
      progress.accept(
          "cleanup: "
              + cleanup.undone().size()
              + " change(s) undone"
              + (cleanup.complete()
                  ? ""
                  : ", " + cleanup.failed().size() + " left: " + cleanup.failed()));
      // Stamped with the moment the end came, not the moment the last poll after it finished.
      journal.append(EntryTypes.EXERCISE_ENDED, endedAt, Map.of("reason", reason));
      progress.accept("exercise ended: " + reason);
    }
    // Rendering the PDF takes seconds; the person watching is told what the wait is for.
    options.progress().accept("writing the report (HTML, Markdown, PDF, JSON, JUnit)...");
    ReportFiles report = ReportWriter.write(journalFile, Reports.draft(), folder);
    return new RunResult(report.card(), journalFile, report);
  }

  /**
   * Says which parts of the scenario a LocalStack target cannot play, before anything is changed
   * there; an endpoint that does not answer as a LocalStack is taken to be a whole account.
   */
  private static void warnOfGaps(Plan plan, TargetChoice target, Consumer<String> say) {
    LocalStackHealth.probe(target.endpoint())
        .ifPresentOrElse(
            health -> {
              List<String> gaps = LocalStackGaps.of(plan, health);
              say.accept(
                  "target: "
                      + health.describe()
                      + " serves "
                      + health.services().keySet().stream().filter(health::serves).count()
                      + " services; "
                      + (gaps.isEmpty()
                          ? "the whole scenario can play there"
                          : gaps.size() + " part(s) of the scenario cannot play there:"));
              gaps.forEach(gap -> say.accept("  cannot: " + gap));
            },
            () -> {
              if (target.kind() == TargetChoice.Kind.LOCALSTACK) {
                say.accept(
                    "target: "
                        + target.endpoint()
                        + " did not answer GET /_localstack/health as LocalStack does; going on");
              }
            });
  }

  /** Every rule an expectation names must be one of the team's rules. */
  private static void checkRules(Scenario scenario, List<DetectionRule> rules) {
    List<String> names = rules.stream().map(DetectionRule::name).toList();
    List<String> problems = new ArrayList<>();
    for (Expectation e : scenario.expectations()) {
      if (e.rule() != null && !names.contains(e.rule())) {
        problems.add(
            e.location()
                .describe(
                    "unknown detection rule '"
                        + e.rule()
                        + "'; expected one of the rules in detections/: "
                        + (names.isEmpty() ? "(none)" : String.join(", ", names))));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  private static Path freshFolder(Path out, String exerciseId) {
    Path folder = out.resolve(exerciseId);
    for (int n = 2; Files.exists(folder); n++) {
      folder = out.resolve(exerciseId + "-" + n);
    }
    return folder;
  }
}
