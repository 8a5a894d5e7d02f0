package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code timeline:} list of a scenario. */
final class TimelineReader {

  private static final List<String> KEYS = List.of("at", "actor", "technique", "with");

  private TimelineReader() {}

  static List<Step> read(YamlValue scenario, YamlValue timeline, Map<String, Actor> actors) {
    List<Step> steps = new ArrayList<>();
    if (timeline == null) {
      scenario.problem(
          "missing 'timeline': expected a list of steps, each with at, actor and technique");
      return steps;
    }
    List<YamlValue> items = timeline.items("a list of steps");
    for (int i = 0; i < items.size(); i++) {
      YamlValue item = items.get(i);
      Map<String, YamlValue> fields = item.entries("a step with at, actor and technique", KEYS);
      Duration at = null;
      if (fields.containsKey("at")) {
        at = ScenarioLoader.duration(fields.get("at"), "the step's offset").orElse(null);
      } else {
        item.problem("missing 'at': expected the step's offset in scenario time, such as 30s");
      }
      String actor = ScenarioLoader.required(item, fields, "actor", "the name of an actor");
      if (actor != null && !actors.containsKey(actor) && !actors.isEmpty()) {
        fields
            .get("actor")
            .problem(
                "unknown actor '"
                    + actor
                    + "'; expected one of: "
                    + String.join(", ", actors.keySet()));
      }
      String technique =
          ScenarioLoader.required(
              item,
              fields,
              "technique",
              "a technique id such as aws.defense-evasion.cloudtrail-stop");
      Map<String, String> with =
          fields.containsKey("with")
              ? ScenarioLoader.scalars(fields.get("with"), "the technique's parameters as a map")
              : Map.of();
      if (at != null && actor != null && technique != null) {
        steps.add(new Step(i + 1, at, actor, technique, with, item.location()));
      }
    }
    if (items.isEmpty() && !timeline.location().equals(scenario.location())) {
      timeline.problem("expected at least one step");
    }
    return steps;
  }
}
