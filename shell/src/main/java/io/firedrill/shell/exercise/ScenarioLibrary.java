package io.firedrill.shell.exercise;

import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.exercise.scenario.PlaybookLoader;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.SourceLocation;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineException;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.DetectionRuleException;
import io.firedrill.scoring.detect.DetectionRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds scenario and baseline files: a path as given, else the {@code scenarios/} folder of the
 * firedrill home (the checkout, when run through {@code ./firedrill}), else the copy in the jar.
 */
public final class ScenarioLibrary {

  /** A file's text and the name to use for it in messages. */
  public record Source(String text, String name) {}

  private final Path home;
  private final Path detections;

  public ScenarioLibrary(Path home) {
    this(home, home.resolve("detections"));
  }

  /** A library whose detection rules come from a folder of the team's own, not the home's. */
  public ScenarioLibrary(Path home, Path detections) {
    this.home = home;
    this.detections = detections;
  }

  /** The library of the firedrill home given by {@code -Dfiredrill.home}, else the working dir. */
  public static ScenarioLibrary fromSystem() {
    return new ScenarioLibrary(Path.of(System.getProperty("firedrill.home", ".")));
  }

  public Source scenario(String idOrPath) {
    Path given = Path.of(idOrPath);
    if (idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml") || Files.isRegularFile(given)) {
      return read(given, idOrPath);
    }
    return find("scenarios/" + idOrPath + ".yaml", "scenario '" + idOrPath + "'");
  }

  public Source baseline(String name) {
    return find("scenarios/baselines/" + name + ".yaml", "baseline '" + name + "'");
  }

  /** A responder playbook of scenarios/playbooks/, or at a path ending in .yaml, parsed. */
  public Playbook playbook(String name) {
    Source source =
        name.endsWith(".yaml") || name.endsWith(".yml")
            ? read(Path.of(name), name)
            : find("scenarios/playbooks/" + name + ".yaml", "playbook '" + name + "'");
    return PlaybookLoader.parse(source.text(), source.name());
  }

  /**
   * The baseline, parsed; its problems are reported as a scenario's are, so that both reach the
   * user the same way.
   */
  public Baseline loadBaseline(String name) {
    Source source = baseline(name);
    try {
      return Baseline.parse(source.text(), source.name());
    } catch (BaselineException e) {
      throw new ScenarioException(List.of(e.getMessage()));
    }
  }

  /**
   * The team's detection rules: the {@code detections/} folder of the firedrill home, or none when
   * there is no such folder. A rule file that cannot be used is reported as a scenario problem.
   */
  public List<DetectionRule> detectionRules() {
    Path folder = detections;
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try {
      return DetectionRules.load(folder);
    } catch (DetectionRuleException e) {
      throw new ScenarioException(e.problems());
    }
  }

  private Source find(String relative, String what) {
    Path onDisk = home.resolve(relative);
    if (Files.isRegularFile(onDisk)) {
      return read(onDisk, displayName(onDisk));
    }
    try (InputStream in = ScenarioLibrary.class.getResourceAsStream("/" + relative)) {
      if (in != null) {
        return new Source(new String(in.readAllBytes(), StandardCharsets.UTF_8), relative);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new ScenarioException(
        List.of(
            SourceLocation.unknown(relative)
                .describe(
                    "no such "
                        + what
                        + " in "
                        + home.toAbsolutePath().normalize().resolve("scenarios")
                        + " or in the firedrill jar")));
  }

  private static Source read(Path file, String name) {
    try {
      return new Source(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new ScenarioException(
          List.of(
              SourceLocation.unknown(name).describe("cannot read the file: " + e.getMessage())));
    }
  }

  private String displayName(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
  }
}
