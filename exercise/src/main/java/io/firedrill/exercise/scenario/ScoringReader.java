package io.firedrill.exercise.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional {@code scoring:} map of a scenario: {@code weights} by phase and {@code
 * severity} by technique id.
 */
final class ScoringReader {

  private ScoringReader() {}

  static Scoring read(YamlValue scoring) {
    if (scoring == null) {
      return Scoring.DEFAULT;
    }
    Map<String, YamlValue> fields =
        scoring.entries("a map with weights and severity", List.of("weights", "severity"));
    Map<String, Integer> weights = new LinkedHashMap<>();
    if (fields.containsKey("weights")) {
      List<String> phases = Arrays.stream(Phase.values()).map(Phase::key).toList();
      fields
          .get("weights")
          .entries("a map of points by phase (" + String.join(", ", phases) + ")", phases)
          .forEach((phase, value) -> weight(value).ifPresent(w -> weights.put(phase, w)));
    }
    Map<String, String> severities = new LinkedHashMap<>();
    if (fields.containsKey("severity")) {
      fields
          .get("severity")
          .entries("a map of severity by technique id", List.of())
          .forEach(
              (technique, value) ->
                  value
                      .text("a severity")
                      .ifPresent(
                          s -> {
                            if (Scoring.SEVERITIES.contains(s)) {
                              severities.put(technique, s);
                            } else {
                              value.problem(
                                  "severity '"
                                      + s
                                      + "'; expected one of: "
                                      + String.join(", ", Scoring.SEVERITIES));
                            }
                          }));
    }
    return new Scoring(weights, severities);
  }

  private static java.util.Optional<Integer> weight(YamlValue value) {
    java.util.Optional<String> text = value.text("a weight in points, such as 20");
    if (text.isPresent() && text.get().matches("[0-9]{1,3}")) {
      return java.util.Optional.of(Integer.parseInt(text.get()));
    }
    text.ifPresent(t -> value.problem("expected a weight of 0 to 999 points; found '" + t + "'"));
    return java.util.Optional.empty();
  }
}
