package io.firedrill.scoring.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.event.ruler.RuleCompiler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads detection rules, one JSON file each ({@code name}, {@code severity}, {@code techniques},
 * and a {@code pattern} or a {@code finding} with {@code type} and {@code minSeverity}), and
 * reports every problem of every file at once.
 */
public final class DetectionRules {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

  private DetectionRules() {}

  /**
   * The rules in a file, or in every {@code .json} file of a folder, in path order.
   *
   * @throws DetectionRuleException listing each problem as {@code file:line:column: message}
   */
  public static List<DetectionRule> load(Path fileOrFolder) {
    List<String> problems = new ArrayList<>();
    List<DetectionRule> rules = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path file : files(fileOrFolder, problems)) {
      DetectionRule rule = read(file, problems);
      if (rule == null) {
        continue;
      }
      String earlier = seen.putIfAbsent(rule.name(), file.toString());
      if (earlier != null) {
        problems.add(file + ":1:1: rule name '" + rule.name() + "' is already used by " + earlier);
      } else {
        rules.add(rule);
      }
    }
    if (!problems.isEmpty()) {
      throw new DetectionRuleException(problems);
    }
    return rules;
  }

  private static List<Path> files(Path fileOrFolder, List<String> problems) {
    if (Files.isRegularFile(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> walk = Files.walk(fileOrFolder)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      problems.add(fileOrFolder + ":1:1: cannot read: " + e.getMessage());
      return List.of();
    }
  }

  private static DetectionRule read(Path file, List<String> problems) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where = at == null ? "1:1" : at.getLineNr() + ":" + at.getColumnNr();
      problems.add(file + ":" + where + ": not valid JSON: " + e.getOriginalMessage());
      return null;
    } catch (IOException e) {
      problems.add(file + ":1:1: cannot read: " + e.getMessage());
      return null;
    }
    int before = problems.size();
    String name = text(root, "name", file, problems);
    String severity = text(root, "severity", file, problems);
    if (severity != null && !SEVERITIES.contains(severity)) {
      problems.add(
          file + ":1:1: severity '" + severity + "'; expected one of: low, medium, high, critical");
    }
    List<String> techniques = new ArrayList<>();
    root.path("techniques").forEach(t -> techniques.add(t.asString()));
    JsonNode pattern = root.get("pattern");
    JsonNode finding = root.get("finding");
    String patternJson = null;
    String findingType = null;
    double minSeverity = 0;
    if (finding != null && pattern == null) {
      JsonNode type = finding.get("type");
      JsonNode min = finding.get("minSeverity");
      if (type == null || !type.isString() || type.asString().isBlank()) {
        problems.add(file + ":1:1: 'finding' needs a 'type': a GuardDuty finding type");
      } else {
        findingType = type.asString();
      }
      if (min != null && (!min.isNumber() || min.asDouble() < 0 || min.asDouble() > 10)) {
        problems.add(file + ":1:1: 'finding.minSeverity' must be a number from 0 to 10");
      } else if (min != null) {
        minSeverity = min.asDouble();
      }
    } else if (pattern == null || !pattern.isObject() || finding != null) {
      problems.add(
          file
              + ":1:1: expected a 'pattern' (an EventBridge event pattern, a JSON object)"
              + " or a 'finding' ({\"type\": ..., \"minSeverity\": ...}), one of the two");
    } else {
      patternJson = JSON.writeValueAsString(pattern);
      String error = RuleCompiler.check(patternJson);
      if (error != null) {
        problems.add(file + ":1:1: 'pattern' is not an EventBridge event pattern: " + error);
      }
    }
    return problems.size() == before
        ? new DetectionRule(
            name, severity, techniques, patternJson, findingType, minSeverity, file.toString())
        : null;
  }

  private static String text(JsonNode root, String field, Path file, List<String> problems) {
    JsonNode value = root.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      problems.add(file + ":1:1: missing '" + field + "': expected text");
      return null;
    }
    return value.asString();
  }
}
