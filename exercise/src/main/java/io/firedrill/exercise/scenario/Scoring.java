package io.firedrill.exercise.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a scenario is scored: each response phase's weight in the rubric, and how severe each
 * technique is, which weighs its expectations within their phase.
 *
 * @param weights points by phase key ({@link Phase#key()}), in phase order
 * @param severities {@code low}, {@code medium}, {@code high} or {@code critical} by technique id;
 *     a technique not named is medium
 */
public record Scoring(Map<String, Integer> weights, Map<String, String> severities) {

  /** The rubric: detection 30, triage 10, containment 20, eradication 15, ... */
  public static final Map<String, Integer> DEFAULT_WEIGHTS = defaults();

  public static final java.util.List<String> SEVERITIES =
      java.util.List.of("low", "medium", "high", "critical");

  public static final Scoring DEFAULT = new Scoring(DEFAULT_WEIGHTS, Map.of());

  public Scoring {
    // Phase order, whatever order the file wrote them in: the report lists phases in this order.
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Phase phase : Phase.values()) {
      Integer weight = weights.containsKey(phase.key()) ? weights.get(phase.key()) : null;
      ordered.put(phase.key(), weight != null ? weight : DEFAULT_WEIGHTS.get(phase.key()));
    }
    weights = Collections.unmodifiableMap(ordered);
    severities = Collections.unmodifiableMap(new java.util.TreeMap<>(severities));
  }

  public int weight(Phase phase) {
    return weights.get(phase.key());
  }

  /** The technique's severity: medium unless the scenario says otherwise. */
  public String severity(String technique) {
    return technique == null ? "medium" : severities.getOrDefault(technique, "medium");
  }

  private static Map<String, Integer> defaults() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put(Phase.DETECT.key(), 30);
    weights.put(Phase.TRIAGE.key(), 10);
    weights.put(Phase.CONTAIN.key(), 20);
    weights.put(Phase.ERADICATE.key(), 15);
    weights.put(Phase.RECOVER.key(), 10);
    weights.put(Phase.EVIDENCE.key(), 10);
    weights.put(Phase.COMMUNICATE.key(), 5);
    return Collections.unmodifiableMap(weights);
  }
}
