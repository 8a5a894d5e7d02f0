package io.firedrill.exercise.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code actors:} map of a scenario. */
final class ActorsReader {

  private static final List<String> KEYS = List.of("leakedKeyOf", "sourceIp", "userAgent");

  private ActorsReader() {}

  static Map<String, Actor> read(YamlValue scenario, YamlValue actors) {
    Map<String, Actor> result = new LinkedHashMap<>();
    if (actors == null) {
      scenario.problem(
          "missing 'actors': expected at least one actor, e.g. attacker: { leakedKeyOf: dev-frank }");
      return result;
    }
    actors
        .entries("a map of actors by name", List.of())
        .forEach(
            (name, value) -> {
              if (Expectation.BLUE.equals(name)) {
                value.problem("'blue' is the blue team and cannot be a scripted actor");
                return;
              }
              Map<String, YamlValue> fields = value.entries("the actor's settings", KEYS);
              String leakedKeyOf =
                  ScenarioLoader.required(
                      value, fields, "leakedKeyOf", "the IAM user whose access key leaked");
              String sourceIp = ScenarioLoader.optional(fields, "sourceIp").orElse(null);
              if (sourceIp != null && !sourceIp.matches("[0-9a-fA-F.:]+")) {
                fields
                    .get("sourceIp")
                    .problem("expected an IPv4 or IPv6 address; found '" + sourceIp + "'");
              }
              String userAgent = ScenarioLoader.optional(fields, "userAgent").orElse(null);
              result.put(name, new Actor(name, leakedKeyOf, sourceIp, userAgent, value.location()));
            });
    if (result.isEmpty() && actors != null) {
      actors.problem("expected at least one actor");
    }
    return result;
  }
}
