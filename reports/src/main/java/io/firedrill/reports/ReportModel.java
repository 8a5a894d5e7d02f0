package io.firedrill.reports;

import io.firedrill.scoring.score.Evidence;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.PhaseScore;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.TimelineEntry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The scorecard as the template sees it: plain strings, already formatted for people. */
final class ReportModel {

  private ReportModel() {}

  static Map<String, Object> of(Scorecard card) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("exerciseId", card.exerciseId());
    model.put("scenarioId", card.scenarioId());
    model.put("title", card.scenarioTitle());
    model.put("sha256", card.scenarioSha256());
    model.put("accountId", orDash(card.accountId()));
    model.put("region", orDash(card.region()));
    model.put("speed", card.speed());
    model.put("startedAt", card.startedAt().toString());
    model.put("duration", clock(card.duration()));
    model.put("endReason", card.endReason());
    model.put("allMet", card.allMet());
    model.put("met", card.met());
    model.put("total", card.expectations().size());
    model.put("score", card.score());
    model.put("phases", card.phases().stream().map(ReportModel::phase).toList());
    model.put("expectations", card.expectations().stream().map(ReportModel::expectation).toList());
    model.put("timeline", card.timeline().stream().map(ReportModel::line).toList());
    return model;
  }

  private static Map<String, Object> expectation(ExpectationResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", r.id());
    row.put("phase", r.phase());
    row.put("event", r.event());
    row.put("by", r.by());
    row.put("target", human(r.target()));
    row.put("metric", r.metric());
    row.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
    row.put("startedAt", clock(r.startedAt()));
    row.put("achievedAt", clock(r.achievedAt()));
    row.put("latency", human(r.latency()));
    Evidence e = r.evidence();
    row.put("hasEvidence", e != null);
    if (e != null) {
      row.put("eventId", e.eventId());
      row.put("eventTime", e.eventTime());
      row.put("who", e.userName() != null ? e.userName() : orDash(e.arn()));
      row.put("arn", orDash(e.arn()));
      row.put("accessKeyId", orDash(e.accessKeyId()));
      row.put("sourceIp", orDash(e.sourceIp()));
    }
    return row;
  }

  private static Map<String, Object> phase(PhaseScore p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("phase", p.phase());
    row.put("weight", p.weight());
    row.put("percent", Math.round(100 * p.factor()));
    row.put("points", String.format(Locale.ROOT, "%.1f", p.points()));
    row.put("rating", p.rating().name());
    return row;
  }

  private static Map<String, Object> line(TimelineEntry t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", clock(t.at()));
    row.put("party", t.party().name().toLowerCase(Locale.ROOT));
    row.put("who", t.who());
    row.put("what", t.what());
    row.put("outcome", t.outcome());
    row.put("evidence", orDash(t.evidence()));
    return row;
  }

  /** Scenario time as the report shows it: T+1m05s. */
  static String clock(Duration d) {
    if (d == null) {
      return "-";
    }
    long seconds = d.toSeconds();
    return String.format("T+%dm%02ds", seconds / 60, seconds % 60);
  }

  static String human(Duration d) {
    if (d == null) {
      return "-";
    }
    long seconds = d.toSeconds();
    return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  private static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
