package io.firedrill.exercise.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code actors:} map of a scenario. */
final class ActorsReader {

  private static final List<String> KEYS =
      List.of("leakedKeyOf", "insider", "assumesRole", "sourceIp", "userAgent", "region");

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
              Actor.Kind kind = kind(value, fields);
              if (kind == null) {
                return;
              }
              String user =
                  ScenarioLoader.optional(
                          fields, kind == Actor.Kind.INSIDER ? "insider" : "leakedKeyOf")
                      .orElse(null);
              String role = ScenarioLoader.optional(fields, "assumesRole").orElse(null);
              String sourceIp = ScenarioLoader.optional(fields, "sourceIp").orElse(null);
              if (sourceIp != null && !sourceIp.matches("[0-9a-fA-F.:]+")) {
                fields
                    .get("sourceIp")
                    .problem("expected an IPv4 or IPv6 address; found '" + sourceIp + "'");
              }
              String region = ScenarioLoader.optional(fields, "region").orElse(null);
              if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                fields
                    .get("region")
                    .problem("expected a region such as eu-west-1; found '" + region + "'");
              }
              String userAgent = ScenarioLoader.optional(fields, "userAgent").orElse(null);
              if (user != null) {
                result.put(
                    name,
                    new Actor(
                        name, kind, user, role, sourceIp, userAgent, region, value.location()));
              }
            });
    if (result.isEmpty() && actors != null) {
      actors.problem("expected at least one actor");
    }
    return result;
  }

  private static Actor.Kind kind(YamlValue actor, Map<String, YamlValue> fields) {
    boolean leaked = fields.containsKey("leakedKeyOf");
    boolean insider = fields.containsKey("insider");
    if (leaked && insider) {
      actor.problem("an actor has either 'leakedKeyOf' or 'insider', not both");
      return null;
    }
    if (!leaked && !insider) {
      actor.problem(
          "missing 'leakedKeyOf': expected the IAM user whose access key leaked, or 'insider'"
              + " with the user who acts with their own key");
      return null;
    }
    return insider ? Actor.Kind.INSIDER : Actor.Kind.LEAKED_KEY;
  }
}
