package io.firedrill.exercise.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads scenario files. Reports every problem of a file at once, each as {@code path:line:column:
 * message}, and never lets a parser's stack trace reach the user.
 */
public final class ScenarioLoader {

  private static final List<String> TOP_KEYS =
      List.of(
          "id",
          "title",
          "description",
          "severity",
          "incidentTypes",
          "attack",
          "objectives",
          "baseline",
          "actors",
          "timeline",
          "expect",
          "end",
          "scoring",
          "faults");

  private ScenarioLoader() {}

  public static Scenario load(Path file) {
    return load(file, StepCheck.NONE);
  }

  public static Scenario load(Path file, StepCheck check) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ScenarioException(
          List.of(SourceLocation.unknown(file.toString()).describe("cannot read: " + e)));
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), check);
  }

  public static Scenario parse(String yaml, String path) {
    return parse(yaml, path, StepCheck.NONE);
  }

  /** Reads a scenario, asking {@code check} about each step that could be read. */
  public static Scenario parse(String yaml, String path, StepCheck check) {
    Problems problems = new Problems();
    Node root = compose(yaml, path);
    YamlValue top = new YamlValue(root, path, problems);
    Map<String, YamlValue> fields = top.entries("a scenario (a map with id, title, ...)", TOP_KEYS);
    if (fields.isEmpty()) {
      // Not a map at all: every "missing key" that would follow says the same thing again.
      problems.throwIfAny();
    }

    String id = required(top, fields, "id", "a scenario id such as cloudtrail-tampering");
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
      fields.get("id").problem("expected an id of lower-case letters, digits and dashes");
    }
    String title = required(top, fields, "title", "a one-line title");
    String description = optional(fields, "description").orElse("");
    Metadata metadata = MetadataReader.read(fields);
    String baseline = optional(fields, "baseline").orElse("standard");
    Map<String, Actor> actors = ActorsReader.read(top, fields.get("actors"));
    TimelineReader.Read timeline = TimelineReader.read(top, fields.get("timeline"), actors);
    for (Step step : timeline.steps()) {
      check.problems(step).forEach(message -> problems.add(step.location(), message));
    }
    List<Expectation> expectations = ExpectationsReader.read(fields.get("expect"), actors);
    Duration end = null;
    if (fields.containsKey("end")) {
      end =
          duration(fields.get("end"), "the scenario time at which the exercise ends").orElse(null);
    }
    Scoring scoring = ScoringReader.read(fields.get("scoring"));
    List<Fault> faults = FaultsReader.read(fields.get("faults"));
    if (problems.isEmpty()) {
      // The readers' messages say more than the schema's, so the schema speaks only when they
      // found nothing; ScenarioSchemaTest checks that the two agree on what is valid.
      ScenarioSchema.check(root, path, problems);
    }
    problems.throwIfAny();
    Scenario scenario =
        new Scenario(
            id,
            title,
            description,
            metadata,
            baseline,
            actors,
            timeline.steps(),
            timeline.notices(),
            expectations,
            Duration.ZERO,
            path,
            sha256(yaml),
            scoring,
            faults);
    return new Scenario(
        id,
        title,
        description,
        metadata,
        baseline,
        actors,
        timeline.steps(),
        timeline.notices(),
        expectations,
        end != null ? end : defaultEnd(scenario),
        path,
        sha256(yaml),
        scoring,
        faults);
  }

  /** Long enough for every step and notice to fire and every expectation's target to pass. */
  private static Duration defaultEnd(Scenario scenario) {
    List<Expectation> expectations = scenario.expectations();
    Duration lastStep =
        scenario.timeline().stream()
            .map(scenario::plannedLast)
            .max(Duration::compareTo)
            .orElseThrow();
    for (Notice notice : scenario.notices()) {
      lastStep = notice.at().compareTo(lastStep) > 0 ? notice.at() : lastStep;
    }
    Duration longestTarget =
        expectations.stream()
            .map(Expectation::within)
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    return lastStep.plus(longestTarget);
  }

  private static Node compose(String yaml, String path) {
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path).build();
      return new Compose(settings)
          .composeString(yaml)
          .orElseThrow(
              () ->
                  new ScenarioException(
                      List.of(
                          SourceLocation.unknown(path)
                              .describe("the file is empty; expected a scenario"))));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      SourceLocation where =
          mark == null
              ? SourceLocation.unknown(path)
              : new SourceLocation(path, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
      throw new ScenarioException(List.of(where.describe("invalid YAML: " + problem)));
    } catch (YamlEngineException e) {
      throw new ScenarioException(
          List.of(SourceLocation.unknown(path).describe("invalid YAML: " + e.getMessage())));
    }
  }

  static String required(YamlValue parent, Map<String, YamlValue> fields, String key, String what) {
    YamlValue value = fields.get(key);
    if (value == null) {
      parent.problem("missing '" + key + "': expected " + what);
      return null;
    }
    Optional<String> text = value.text(what);
    if (text.isPresent() && text.get().isBlank()) {
      value.problem("empty '" + key + "': expected " + what);
      return null;
    }
    return text.orElse(null);
  }

  static Optional<String> optional(Map<String, YamlValue> fields, String key) {
    YamlValue value = fields.get(key);
    return value == null ? Optional.empty() : value.text("text for '" + key + "'");
  }

  static Optional<Duration> duration(YamlValue value, String what) {
    Optional<String> text = value.text(what + " such as 30s or 2m");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> parsed = Durations.parse(text.get());
    if (parsed.isEmpty()) {
      value.problem(
          "expected "
              + what
              + " as a non-negative duration such as 0s, 30s, 2m or 1m30s; found '"
              + text.get()
              + "'");
    }
    return parsed;
  }

  static Map<String, String> scalars(YamlValue value, String what) {
    Map<String, String> result = new LinkedHashMap<>();
    value
        .entries(what, List.of())
        .forEach(
            (key, item) ->
                item.text("a single value for '" + key + "'").ifPresent(v -> result.put(key, v)));
    return result;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
