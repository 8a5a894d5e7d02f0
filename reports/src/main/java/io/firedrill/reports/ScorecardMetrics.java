package io.firedrill.reports;

import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Scorecard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's metrics, computed from what the scorecard holds today: each response phase's time
 * (TTD, TTC, TTE, TTR, TTN) is its slowest achieved expectation's latency, against that
 * expectation's target. This is the one class to change when the scorer computes its own metrics:
 * map them to {@link Metric} here and nothing else in the report moves.
 */
final class ScorecardMetrics {

  /**
   * @param value null when nothing of the phase was achieved
   * @param status met, over, or not achieved
   */
  record Metric(
      String abbreviation,
      String name,
      String formula,
      Duration value,
      Duration target,
      String status) {}

  private ScorecardMetrics() {}

  static List<Metric> of(Scorecard card) {
    Map<String, List<ExpectationResult>> byPhase = new LinkedHashMap<>();
    for (ExpectationResult r : card.expectations()) {
      byPhase.computeIfAbsent(r.phase(), p -> new ArrayList<>()).add(r);
    }
    List<Metric> metrics = new ArrayList<>();
    byPhase.forEach(
        (phase, results) -> {
          ExpectationResult slowest = null;
          for (ExpectationResult r : results) {
            if (r.latency() != null
                && (slowest == null || r.latency().compareTo(slowest.latency()) > 0)) {
              slowest = r;
            }
          }
          boolean anyMissed = results.stream().anyMatch(r -> r.outcome() == Outcome.MISSED);
          Duration target =
              slowest != null
                  ? slowest.target()
                  : results.stream().map(ExpectationResult::target).max(Duration::compareTo).get();
          String status =
              slowest == null
                  ? "not achieved"
                  : slowest.latency().compareTo(target) <= 0 && !anyMissed
                      ? "met"
                      : anyMissed ? "partly achieved" : "over target";
          metrics.add(
              new Metric(
                  abbreviation(phase),
                  results.get(0).metric(),
                  formula(phase),
                  slowest == null ? null : slowest.latency(),
                  target,
                  status));
        });
    return metrics;
  }

  static List<Map<String, Object>> model(List<Metric> metrics) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Metric m : metrics) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("abbreviation", m.abbreviation());
      row.put("name", m.name());
      row.put("formula", m.formula());
      row.put("valueMillis", Format.millis(m.value()));
      row.put("value", Format.human(m.value()));
      row.put("targetMillis", m.target().toMillis());
      row.put("target", Format.human(m.target()));
      row.put("status", m.status());
      out.add(row);
    }
    return out;
  }

  private static String abbreviation(String phase) {
    return switch (phase) {
      case "detect" -> "TTD";
      case "contain" -> "TTC";
      case "eradicate" -> "TTE";
      case "recover" -> "TTR";
      case "communicate" -> "TTN";
      default -> phase;
    };
  }

  private static String formula(String phase) {
    String base =
        "max over the phase's achieved expectations of (first time the scorer saw the evidence"
            + " - time its clock started)";
    return switch (phase) {
      case "detect" ->
          base
              + "; a detection's clock starts when the inject fired, or for a GuardDuty finding"
              + " when GuardDuty first saw the activity";
      default -> base + "; the clock starts at the first attack any detect expectation answers";
    };
  }
}
