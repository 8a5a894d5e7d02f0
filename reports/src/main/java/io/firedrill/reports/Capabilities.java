package io.firedrill.reports;

import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.PhaseScore;
import io.firedrill.scoring.score.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Objectives, capabilities, critical tasks and targets as HSEEP lays them out: each response phase
 * the scenario expects something of is a capability with one objective, its expectations are the
 * critical tasks, and their time limits the targets.
 */
final class Capabilities {

  private Capabilities() {}

  static String capability(String phase) {
    return switch (phase) {
      case "detect" -> "Detection and analysis";
      case "contain" -> "Containment";
      case "eradicate" -> "Eradication";
      case "recover" -> "Recovery";
      case "communicate" -> "Communication";
      default -> phase;
    };
  }

  static String objective(String phase) {
    return switch (phase) {
      case "detect" -> "See the attacker's actions in the account's telemetry in time";
      case "contain" -> "Stop the attacker's access before it does more harm";
      case "eradicate" -> "Remove what the attacker left behind";
      case "recover" -> "Restore what the attacker disabled";
      case "communicate" -> "Tell the people who must know";
      default -> "Perform the " + phase + " phase";
    };
  }

  static String task(ExpectationResult r) {
    return r.event() + " by " + r.by();
  }

  static List<Map<String, Object>> objectives(Scorecard card) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PhaseScore p : card.phases()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("phase", p.phase());
      o.put("objective", objective(p.phase()));
      o.put("capability", capability(p.phase()));
      o.put("rating", p.rating().name());
      List<Map<String, Object>> tasks = new ArrayList<>();
      for (ExpectationResult r : of(card, p.phase())) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", r.id());
        t.put("task", task(r));
        t.put("target", "within " + Format.human(r.target()));
        t.put("outcome", outcome(r));
        tasks.add(t);
      }
      o.put("tasks", tasks);
      out.add(o);
    }
    return out;
  }

  static List<Map<String, Object>> capabilities(Scorecard card) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PhaseScore p : card.phases()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("phase", p.phase());
      c.put("capability", capability(p.phase()));
      c.put("rating", p.rating().name());
      c.put("percent", Math.round(100 * p.factor()));
      c.put("points", String.format(Locale.ROOT, "%.1f", p.points()));
      c.put("weight", p.weight());
      List<String> strengths = new ArrayList<>();
      List<String> areas = new ArrayList<>();
      for (ExpectationResult r : of(card, p.phase())) {
        switch (r.outcome()) {
          case MET ->
              strengths.add(
                  task(r)
                      + " in "
                      + Format.human(r.latency())
                      + " (target "
                      + Format.human(r.target())
                      + ")");
          case LATE ->
              areas.add(
                  task(r)
                      + " took "
                      + Format.human(r.latency())
                      + ", over its target of "
                      + Format.human(r.target()));
          case MISSED -> areas.add(task(r) + " was not seen before the exercise ended");
        }
      }
      c.put("strengths", strengths);
      c.put("areas", areas);
      out.add(c);
    }
    return out;
  }

  static Map<String, Object> summary(Scorecard card) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("allMet", card.allMet());
    s.put("met", card.met());
    s.put("total", card.expectations().size());
    s.put("score", card.score());
    long late = card.expectations().stream().filter(r -> r.outcome() == Outcome.LATE).count();
    long missed = card.expectations().stream().filter(r -> r.outcome() == Outcome.MISSED).count();
    s.put("late", late);
    s.put("missed", missed);
    StringBuilder ratings = new StringBuilder();
    for (PhaseScore p : card.phases()) {
      ratings
          .append(ratings.isEmpty() ? "" : ", ")
          .append(p.phase())
          .append(' ')
          .append(p.rating());
    }
    s.put(
        "text",
        "The blue team met "
            + card.met()
            + " of "
            + card.expectations().size()
            + " expectations ("
            + late
            + " late, "
            + missed
            + " missed) and scored "
            + card.score()
            + " of 100. Capability ratings: "
            + ratings
            + ". Why the exercise ended: "
            + card.endReason()
            + ".");
    return s;
  }

  static List<Map<String, Object>> expectations(Scorecard card) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ExpectationResult r : card.expectations()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", r.id());
      row.put("phase", r.phase());
      row.put("event", r.event());
      row.put("by", r.by());
      row.put("metric", r.metric());
      row.put("outcome", outcome(r));
      row.put("targetMillis", r.target().toMillis());
      row.put("target", Format.human(r.target()));
      row.put("startedAtMillis", Format.millis(r.startedAt()));
      row.put("startedAt", Format.clock(r.startedAt()));
      row.put("achievedAtMillis", Format.millis(r.achievedAt()));
      row.put("achievedAt", Format.clock(r.achievedAt()));
      row.put("latencyMillis", Format.millis(r.latency()));
      row.put("latency", Format.human(r.latency()));
      var e = r.evidence();
      row.put("evidenceId", e == null ? null : e.eventId());
      row.put("evidenceWho", e == null ? null : e.userName() != null ? e.userName() : e.arn());
      row.put("evidenceArn", e == null ? null : e.arn());
      row.put("evidenceSourceIp", e == null ? null : e.sourceIp());
      row.put("evidenceAccessKeyId", e == null ? null : e.accessKeyId());
      row.put("evidenceTime", e == null ? null : e.eventTime());
      out.add(row);
    }
    return out;
  }

  static String outcome(ExpectationResult r) {
    return r.outcome().name().toLowerCase(Locale.ROOT);
  }

  private static List<ExpectationResult> of(Scorecard card, String phase) {
    return card.expectations().stream().filter(r -> r.phase().equals(phase)).toList();
  }
}
