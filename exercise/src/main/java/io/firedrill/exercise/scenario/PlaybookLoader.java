package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads responder playbooks, reporting every problem as {@code path:line:column: message}. */
public final class PlaybookLoader {

  private static final List<String> KEYS = List.of("id", "description", "delay", "rules");
  private static final List<String> RULE_KEYS = List.of("on", "do");

  private PlaybookLoader() {}

  public static Playbook parse(String yaml, String path) {
    Problems problems = new Problems();
    Node root;
    try {
      root =
          new Compose(LoadSettings.builder().setLabel(path).build())
              .composeString(yaml)
              .orElseThrow(
                  () ->
                      new ScenarioException(
                          List.of(
                              SourceLocation.unknown(path)
                                  .describe("the file is empty; expected a playbook"))));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
      int column = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
      throw new ScenarioException(
          List.of(
              new SourceLocation(path, line, column).describe("invalid YAML: " + e.getProblem())));
    }
    YamlValue top = new YamlValue(root, path, problems);
    Map<String, YamlValue> fields =
        top.entries("a playbook (a map with id, delay and rules)", KEYS);
    problems.throwIfAny();
    String id = ScenarioLoader.required(top, fields, "id", "a playbook id");
    String description = ScenarioLoader.optional(fields, "description").orElse("");
    Duration delay =
        fields.containsKey("delay")
            ? ScenarioLoader.duration(fields.get("delay"), "the time a responder takes to act")
                .orElse(Duration.ZERO)
            : Duration.ofSeconds(45);
    List<Playbook.Rule> rules = new ArrayList<>();
    if (fields.containsKey("rules")) {
      for (YamlValue item : fields.get("rules").items("a list of rules, each with on and do")) {
        Playbook.Rule rule = rule(item);
        if (rule != null) {
          rules.add(rule);
        }
      }
    } else {
      top.problem("missing 'rules': expected a list of rules, each with on and do");
    }
    problems.throwIfAny();
    return new Playbook(id, description, delay, rules, path);
  }

  private static Playbook.Rule rule(YamlValue item) {
    Map<String, YamlValue> fields = item.entries("a rule with on and do", RULE_KEYS);
    String on =
        ScenarioLoader.required(
            item, fields, "on", "the CloudTrail eventName that sets the rule off");
    String response =
        ScenarioLoader.required(item, fields, "do", "a response such as restart-logging");
    if (on == null || response == null) {
      return null;
    }
    for (Playbook.Response known : Playbook.Response.values()) {
      if (known.key().equals(response)) {
        return new Playbook.Rule(on, known, item.location());
      }
    }
    fields
        .get("do")
        .problem(
            "unknown response '"
                + response
                + "'; expected one of: "
                + String.join(
                    ", ",
                    Arrays.stream(Playbook.Response.values())
                        .map(Playbook.Response::key)
                        .toList()));
    return null;
  }
}
