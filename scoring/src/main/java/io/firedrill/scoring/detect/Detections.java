package io.firedrill.scoring.detect;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The team's detection rules at work during an exercise: each telemetry source hands it what it
 * sees, and each rule that goes off is journaled with its evidence (the record's eventID or the
 * finding's id), so that the scorecard knows what alerted, when, and how loudly.
 */
public final class Detections {

  private final Detector detector;
  private final Journal journal;

  public Detections(List<DetectionRule> rules, Journal journal) {
    this.detector = new Detector(rules);
    this.journal = journal;
    // event-ruler loads and builds its parser on the first match: do it now, not mid-exercise.
    detector.match(WARM_UP);
  }

  private static final JsonNode WARM_UP =
      tools.jackson.databind.json.JsonMapper.builder()
          .build()
          .readTree("{\"eventSource\":\"sts.amazonaws.com\",\"eventName\":\"GetCallerIdentity\"}");

  /** Matches a CloudTrail record, just journaled as seen at {@code at}. */
  public void onRecord(JsonNode record, Duration at) {
    for (Map<String, Object> data : matches(record)) {
      journal.append(EntryTypes.DETECTION_MATCHED, at, data);
    }
  }

  /**
   * What {@link #onRecord} journals for a CloudTrail record, one entry's data per rule it sets off,
   * for a caller that journals them later (a replay matches records as it reads them, and journals
   * them in time order).
   */
  public List<Map<String, Object>> matches(JsonNode record) {
    List<DetectionRule> rules = detector.match(record);
    if (rules.isEmpty()) {
      return List.of();
    }
    List<Map<String, Object>> matches = new ArrayList<>(rules.size());
    for (DetectionRule rule : rules) {
      Map<String, Object> data = facts(rule, "cloudtrail");
      data.put("eventId", record.path("eventID").asString(null));
      data.put("eventName", record.path("eventName").asString(null));
      data.put("accessKeyId", record.path("userIdentity").path("accessKeyId").asString(null));
      matches.add(data);
    }
    return matches;
  }

  /**
   * Matches a GuardDuty finding the first time it is seen.
   *
   * @param finding the finding as GuardDuty writes it
   */
  public void onFinding(JsonNode finding, String accessKeyId, String api, Duration at) {
    for (Map<String, Object> match : findingMatches(finding, accessKeyId, api)) {
      journal.append(EntryTypes.DETECTION_MATCHED, at, match);
    }
  }

  /** What {@link #onFinding} journals of a finding's matches, for a caller that journals later. */
  public List<Map<String, Object>> findingMatches(
      JsonNode finding, String accessKeyId, String api) {
    List<Map<String, Object>> matches = new ArrayList<>();
    for (DetectionRule rule : detector.matchFinding(finding)) {
      Map<String, Object> data = facts(rule, "guardduty");
      data.put("findingId", finding.path("id").asString(null));
      data.put("findingType", finding.path("type").asString(null));
      data.put("findingSeverity", finding.path("severity").asDouble(0));
      data.put("accessKeyId", accessKeyId);
      data.put("api", api);
      matches.add(data);
    }
    return matches;
  }

  private static Map<String, Object> facts(DetectionRule rule, String source) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rule", rule.name());
    data.put("severity", rule.severity());
    data.put("source", source);
    return data;
  }
}
