package io.firedrill.features;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.shell.exercise.ExerciseRunner;
import io.firedrill.shell.exercise.RunOptions;
import io.firedrill.shell.exercise.RunResult;
import io.firedrill.shell.exercise.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Cucumber scenario's exercise: what the Given steps set up, and what the run produced. The
 * step classes share it through {@link #current()}, since the suite has no dependency injection.
 */
final class Drill {

  private static final ThreadLocal<Drill> CURRENT = ThreadLocal.withInitial(Drill::new);

  String baseline = "standard";
  String leakedKeyOf = "dev-frank";
  Path detections = Settings.detections("detections");
  String playbook;
  String scenario;
  String played;
  RunResult result;
  private List<JournalEntry> entries;
  private Path out;

  static Drill current() {
    return CURRENT.get();
  }

  static void reset() throws IOException {
    current().deleteOutput();
    CURRENT.remove();
  }

  /** Runs a scenario of the library, or a YAML file, through the runner `firedrill run` uses. */
  void run(String scenarioIdOrPath, boolean blueAuto) throws Exception {
    scenario = scenarioIdOrPath;
    out = out != null ? out : Files.createTempDirectory("firedrill-feature");
    String book = playbook != null ? playbook : RunOptions.DEFAULT_PLAYBOOK;
    Target target = Target.current();
    RunOptions options =
        new RunOptions(
            scenarioIdOrPath,
            blueAuto,
            book,
            Speed.MAX,
            out,
            line -> {},
            target.endpoint(),
            target.allowedAccounts());
    ScenarioLibrary library = new ScenarioLibrary(Settings.home(), detections);
    result = new ExerciseRunner(library, Clock.systemUTC()).run(options);
    entries = null;
  }

  /** Plays one technique with the leaked key, the playbook (if any) answering. */
  void play(String technique, Map<String, String> with) throws Exception {
    out = Files.createTempDirectory("firedrill-feature");
    Path file = out.resolve("play-" + technique.replace('.', '-') + ".yaml");
    Files.writeString(
        file, SingleTechnique.yaml(technique, with, baseline, leakedKeyOf, playbookFor(technique)));
    played = technique;
    run(file.toString(), playbook != null);
  }

  /** The journal the run wrote. */
  List<JournalEntry> journal() {
    if (result == null) {
      throw new IllegalStateException("nothing has run yet: a When step plays the attack first");
    }
    if (entries == null) {
      entries = JournalReader.read(result.journal());
    }
    return entries;
  }

  private io.firedrill.exercise.scenario.Playbook playbookFor(String technique) {
    return playbook == null
        ? null
        : new ScenarioLibrary(Settings.home(), detections).playbook(playbook);
  }

  private void deleteOutput() throws IOException {
    if (out != null) {
      try (Stream<Path> files = Files.walk(out)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
