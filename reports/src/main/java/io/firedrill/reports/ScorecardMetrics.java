package io.firedrill.reports;

import io.firedrill.scoring.score.Scorecard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's metrics: the scorer's exercise-wide TTD, TTA, TTC, TTE and TTR ({@link
 * Scorecard#metrics(String)}), each with the formula the scorer computed it by, so that the report,
 * result.json and the trend all read one set of numbers.
 */
final class ScorecardMetrics {

  /**
   * @param value null when what it waits for never happened
   * @param target null when the scenario sets none
   * @param status met, over target, not achieved, or no target
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
    List<Metric> metrics = new ArrayList<>();
    for (io.firedrill.scoring.score.Metric m :
        card.metrics(io.firedrill.scoring.score.Metric.EXERCISE)) {
      String status =
          !m.reached()
              ? "not achieved"
              : m.target() == null ? "no target" : m.withinTarget() ? "met" : "over target";
      metrics.add(new Metric(m.name(), name(m.name()), m.formula(), m.value(), m.target(), status));
    }
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
      row.put("targetMillis", Format.millis(m.target()));
      row.put("target", Format.human(m.target()));
      row.put("status", m.status());
      out.add(row);
    }
    return out;
  }

  private static String name(String abbreviation) {
    return switch (abbreviation) {
      case "TTD" -> "time to detect";
      case "TTA" -> "time to acknowledge";
      case "TTC" -> "time to contain";
      case "TTE" -> "time to eradicate";
      case "TTR" -> "time to recover";
      default -> abbreviation;
    };
  }
}
