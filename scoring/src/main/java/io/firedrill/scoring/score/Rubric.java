package io.firedrill.scoring.score;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns expectation results into points: each phase weighs what it weighs, each expectation counts
 * 1.0 when met within its target, falling linearly to 0.5 at three times the target (and staying
 * there when later still), and 0 when missed.
 */
public final class Rubric {

  /** The default weights by phase, out of 100 when every phase has an expectation. */
  public static final Map<String, Integer> WEIGHTS = weights();

  private Rubric() {}

  public static List<PhaseScore> phases(List<ExpectationResult> results) {
    Map<String, List<ExpectationResult>> byPhase = new LinkedHashMap<>();
    for (String phase : WEIGHTS.keySet()) {
      List<ExpectationResult> of = results.stream().filter(r -> r.phase().equals(phase)).toList();
      if (!of.isEmpty()) {
        byPhase.put(phase, of);
      }
    }
    List<PhaseScore> scores = new ArrayList<>();
    byPhase.forEach(
        (phase, of) -> {
          double factor = of.stream().mapToDouble(Rubric::factor).average().orElse(0);
          int weight = WEIGHTS.get(phase);
          scores.add(new PhaseScore(phase, weight, factor, weight * factor, rating(of, factor)));
        });
    return scores;
  }

  /** The exercise's score out of 100: the points earned over the points the phases played offer. */
  public static int total(List<PhaseScore> phases) {
    double offered = phases.stream().mapToInt(PhaseScore::weight).sum();
    double earned = phases.stream().mapToDouble(PhaseScore::points).sum();
    return offered == 0 ? 0 : (int) Math.round(100 * earned / offered);
  }

  static double factor(ExpectationResult result) {
    if (result.outcome() == Outcome.MISSED) {
      return 0;
    }
    Duration target = result.target();
    Duration latency = result.latency();
    if (latency.compareTo(target) <= 0 || target.isZero()) {
      return latency.compareTo(target) <= 0 ? 1.0 : 0.5;
    }
    double over = (double) (latency.toMillis() - target.toMillis()) / (2.0 * target.toMillis());
    return Math.max(0.5, 1.0 - 0.5 * over);
  }

  private static Rating rating(List<ExpectationResult> results, double factor) {
    boolean allMet = results.stream().allMatch(r -> r.outcome() == Outcome.MET);
    boolean anyAchieved = results.stream().anyMatch(r -> r.outcome() != Outcome.MISSED);
    boolean wayOver =
        results.stream()
            .anyMatch(
                r -> r.latency() != null && r.latency().compareTo(r.target().multipliedBy(3)) > 0);
    if (!anyAchieved) {
      return Rating.U;
    }
    if (factor >= 0.9 && allMet) {
      return Rating.P;
    }
    if (factor >= 0.7 && !wayOver) {
      return Rating.S;
    }
    return Rating.M;
  }

  private static Map<String, Integer> weights() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("detect", 30);
    weights.put("contain", 20);
    weights.put("eradicate", 15);
    weights.put("recover", 10);
    weights.put("communicate", 5);
    return java.util.Collections.unmodifiableMap(weights);
  }
}
