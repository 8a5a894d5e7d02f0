package io.firedrill.scoring.score;

import io.firedrill.exercise.scenario.Scoring;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns expectation results into points. Each phase weighs what the scenario says (by default the
 * issue's 30/10/20/15/10/10/5). Each expectation counts 1.0 when met within its target, falling
 * linearly to 0.5 at three times the target (and staying there when later still), and 0 when
 * missed; a detection is further multiplied by how loudly it was detected ({@link Alert}). Within a
 * phase, expectations are weighed by their technique's severity (low 1, medium 2, high 3, critical
 * 4).
 */
public final class Rubric {

  /** The default weights by phase, out of 100 when every phase has an expectation. */
  public static final Map<String, Integer> WEIGHTS = Scoring.DEFAULT_WEIGHTS;

  private Rubric() {}

  public static List<PhaseScore> phases(List<ExpectationResult> results) {
    return phases(results, List.of(), Scoring.DEFAULT);
  }

  /**
   * @param actions the blue team's response actions; one that did collateral damage in a phase
   *     rates that phase M at best
   */
  public static List<PhaseScore> phases(
      List<ExpectationResult> results, List<ResponseAction> actions, Scoring scoring) {
    List<PhaseScore> scores = new ArrayList<>();
    for (Map.Entry<String, Integer> phase : scoring.weights().entrySet()) {
      List<ExpectationResult> of =
          results.stream().filter(r -> r.phase().equals(phase.getKey())).toList();
      if (of.isEmpty()) {
        continue;
      }
      double weighed = 0;
      double total = 0;
      for (ExpectationResult r : of) {
        weighed += severityWeight(r.severity()) * factor(r);
        total += severityWeight(r.severity());
      }
      double factor = weighed / total;
      boolean collateral =
          actions.stream().anyMatch(a -> a.collateral() && a.phase().equals(phase.getKey()));
      int weight = phase.getValue();
      scores.add(
          new PhaseScore(
              phase.getKey(), weight, factor, weight * factor, rating(of, factor, collateral)));
    }
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
      // An attack only logged, never alerted on, still leaves a trail someone could follow.
      return result.alert() == Alert.LOGGED ? Alert.LOGGED.factor() : 0;
    }
    double alert = result.alert() == null ? 1.0 : result.alert().factor();
    return latencyFactor(result) * alert;
  }

  static double latencyFactor(ExpectationResult result) {
    Duration target = result.target();
    Duration latency = result.latency();
    if (latency.compareTo(target) <= 0 || target.isZero()) {
      return latency.compareTo(target) <= 0 ? 1.0 : 0.5;
    }
    double over = (double) (latency.toMillis() - target.toMillis()) / (2.0 * target.toMillis());
    return Math.max(0.5, 1.0 - 0.5 * over);
  }

  static int severityWeight(String severity) {
    return switch (severity == null ? "medium" : severity) {
      case "low" -> 1;
      case "high" -> 3;
      case "critical" -> 4;
      default -> 2;
    };
  }

  /**
   * HSEEP: P at least 90 % with every critical task met in time (and a detection alerted); S 70 %
   * or more; M something achieved but under 70 %, a critical task not done, a target missed by over
   * three times, or collateral damage; U nothing achieved. Critical tasks are those of high or
   * critical severity, or every task when the phase has none.
   */
  private static Rating rating(List<ExpectationResult> results, double factor, boolean collateral) {
    boolean anyAchieved = results.stream().anyMatch(r -> r.outcome() != Outcome.MISSED);
    if (!anyAchieved) {
      return Rating.U;
    }
    boolean anyCritical = results.stream().anyMatch(ExpectationResult::critical);
    List<ExpectationResult> critical =
        results.stream().filter(r -> !anyCritical || r.critical()).toList();
    boolean criticalMissed = critical.stream().anyMatch(r -> r.outcome() == Outcome.MISSED);
    boolean criticalShort = critical.stream().anyMatch(r -> r.outcome() != Outcome.MET || below(r));
    boolean wayOver =
        results.stream()
            .anyMatch(
                r -> r.latency() != null && r.latency().compareTo(r.target().multipliedBy(3)) > 0);
    if (collateral || wayOver || criticalMissed || factor < 0.7) {
      return Rating.M;
    }
    return factor >= 0.9 && !criticalShort ? Rating.P : Rating.S;
  }

  // A detection that only went to a low-priority queue is not the task done.
  private static boolean below(ExpectationResult r) {
    return r.alert() != null && r.alert() != Alert.ALERTED;
  }
}
