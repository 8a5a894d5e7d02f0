package io.firedrill.reports;

import io.firedrill.scoring.score.Evidence;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Metric;
import io.firedrill.scoring.score.ResponseAction;
import io.firedrill.scoring.score.Scorecard;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable result. Its shape is versioned by {@code schemaVersion}; durations are in
 * milliseconds of scenario time.
 */
final class ResultJson {

  static final int SCHEMA_VERSION = 1;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ResultJson() {}

  static String render(Scorecard card) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("exerciseId", card.exerciseId());
    Map<String, Object> scenario = new LinkedHashMap<>(); // Map.of's order changes between JVMs
    scenario.put("id", card.scenarioId());
    scenario.put("title", card.scenarioTitle());
    scenario.put("sha256", card.scenarioSha256());
    root.put("scenario", scenario);
    root.put("accountId", card.accountId());
    root.put("region", card.region());
    root.put("speed", card.speed());
    root.put("startedAt", card.startedAt().toString());
    root.put("durationMillis", card.duration().toMillis());
    root.put("endReason", card.endReason());
    root.put("allMet", card.allMet());
    root.put("score", card.score());
    root.put(
        "phases",
        card.phases().stream()
            .map(
                p -> {
                  Map<String, Object> phase = new LinkedHashMap<>();
                  phase.put("phase", p.phase());
                  phase.put("weight", p.weight());
                  phase.put("factor", Math.round(p.factor() * 1000) / 1000.0);
                  phase.put("rating", p.rating().name());
                  return phase;
                })
            .toList());
    root.put("expectations", card.expectations().stream().map(ResultJson::expectation).toList());
    root.put("metrics", card.metrics().stream().map(ResultJson::metric).toList());
    root.put("actions", card.actions().stream().map(ResultJson::action).toList());
    return JSON.writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> expectation(ExpectationResult r) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", r.id());
    item.put("phase", r.phase());
    item.put("event", r.event());
    item.put("by", r.by());
    item.put("targetMillis", r.target().toMillis());
    item.put("metric", r.metric());
    item.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
    item.put("startedAtMillis", millis(r.startedAt()));
    item.put("achievedAtMillis", millis(r.achievedAt()));
    item.put("latencyMillis", millis(r.latency()));
    item.put("severity", r.severity());
    item.put("alert", r.alert() == null ? null : r.alert().name().toLowerCase(Locale.ROOT));
    item.put("verified", r.verified());
    item.put("evidence", r.evidence() == null ? null : evidence(r.evidence()));
    return item;
  }

  private static Map<String, Object> metric(Metric m) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", m.name());
    item.put("scope", m.scope());
    item.put("formula", m.formula());
    item.put("valueMillis", millis(m.value()));
    item.put("targetMillis", millis(m.target()));
    return item;
  }

  private static Map<String, Object> action(ResponseAction a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("atMillis", a.at().toMillis());
    item.put("phase", a.phase());
    item.put("action", a.action());
    item.put("target", a.target());
    item.put("eventId", a.eventId());
    item.put("verified", a.verified());
    item.put("collateral", a.collateral());
    return item;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("eventId", e.eventId());
    item.put("requestId", e.requestId());
    item.put("eventSource", e.eventSource());
    item.put("eventName", e.eventName());
    item.put("eventTime", e.eventTime());
    item.put("arn", e.arn());
    item.put("userName", e.userName());
    item.put("accessKeyId", e.accessKeyId());
    item.put("sourceIp", e.sourceIp());
    item.put("errorCode", e.errorCode());
    return item;
  }

  private static Long millis(Duration d) {
    return d == null ? null : d.toMillis();
  }
}
