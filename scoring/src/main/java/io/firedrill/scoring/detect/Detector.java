package io.firedrill.scoring.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.event.ruler.GenericMachine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matches CloudTrail records against detection rules as EventBridge would: each record is wrapped
 * in the "AWS API Call via CloudTrail" event that EventBridge delivers, and matched by event-ruler.
 */
public final class Detector {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final GenericMachine<String> machine = new GenericMachine<>();
  private final Map<String, DetectionRule> byName = new HashMap<>();
  private final List<DetectionRule> findingRules = new ArrayList<>();
  private final EventFields fields;

  /**
   * The answers for the events seen lately, by the fields the rules read. A trail repeats a few
   * hundred shapes of call (the same eventName, source and error) millions of times, and the answer
   * depends on nothing else, so each shape is matched once. Bounded: a trail whose fields never
   * repeat only loses the memo.
   */
  private final Map<List<String>, List<DetectionRule>> seen = new ConcurrentHashMap<>();

  private static final int SEEN_LIMIT = 10_000;

  public Detector(List<DetectionRule> rules) {
    for (DetectionRule rule : rules) {
      if (rule.pattern() == null) {
        findingRules.add(rule);
        continue;
      }
      try {
        machine.addRule(rule.name(), rule.pattern());
      } catch (IOException e) {
        throw new UncheckedIOException("rule " + rule.name() + " from " + rule.source(), e);
      }
      byName.put(rule.name(), rule);
    }
    fields = new EventFields(byName.values().stream().map(DetectionRule::pattern).toList());
  }

  /** The rules a CloudTrail record sets off, by name. */
  public List<DetectionRule> match(JsonNode cloudTrailRecord) {
    if (byName.isEmpty()) {
      return List.of();
    }
    List<String> event = fields.of(cloudTrailRecord, name -> envelopeField(cloudTrailRecord, name));
    List<DetectionRule> known = seen.get(event);
    if (known != null) {
      return known;
    }
    List<DetectionRule> matched = new ArrayList<>();
    machine.rulesForEvent(event).forEach(name -> matched.add(byName.get(name)));
    // event-ruler answers in no particular order; the journal must not depend on it.
    matched.sort(Comparator.comparing(DetectionRule::name));
    if (seen.size() >= SEEN_LIMIT) {
      seen.clear();
    }
    List<DetectionRule> answer = List.copyOf(matched);
    seen.put(event, answer);
    return answer;
  }

  /**
   * The rules a GuardDuty finding sets off: finding-type rules in rule order, then event patterns
   * matched against the "GuardDuty Finding" event EventBridge delivers, by name.
   *
   * @param finding the finding as GuardDuty writes it ({@code id}, {@code type}, {@code severity},
   *     {@code resource}, {@code service}...)
   */
  public List<DetectionRule> matchFinding(JsonNode finding) {
    List<DetectionRule> matched =
        new ArrayList<>(
            matchFinding(
                finding.path("type").asString(null), finding.path("severity").asDouble(0)));
    if (byName.isEmpty()) {
      return matched;
    }
    List<String> names;
    try {
      // Findings come by the dozen, not the million: event-ruler reads the whole event itself.
      names = machine.rulesForJSONEvent(JSON.writeValueAsString(asFindingEvent(finding)));
    } catch (Exception e) {
      throw new IllegalStateException("event-ruler could not read a GuardDuty finding", e);
    }
    names.stream().sorted().forEach(name -> matched.add(byName.get(name)));
    return matched;
  }

  /** The finding rules a finding of this type and severity sets off, in rule order. */
  public List<DetectionRule> matchFinding(String type, double severity) {
    return findingRules.stream().filter(r -> r.matchesFinding(type, severity)).toList();
  }

  /** The event EventBridge delivers for a GuardDuty finding. */
  static ObjectNode asFindingEvent(JsonNode finding) {
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "0");
    event.put("id", finding.path("id").asString(""));
    event.put("detail-type", "GuardDuty Finding");
    event.put("source", "aws.guardduty");
    event.put("account", finding.path("accountId").asString(""));
    event.put("time", finding.path("updatedAt").asString(""));
    event.put("region", finding.path("region").asString(""));
    event.putArray("resources");
    event.set("detail", finding);
    return event;
  }

  /** The event EventBridge delivers for a CloudTrail record. */
  static ObjectNode asEventBridgeEvent(JsonNode record) {
    ObjectNode event = JSON.createObjectNode();
    for (String name : ENVELOPE) {
      if (name.equals("resources")) {
        event.putArray("resources");
      } else {
        event.put(name, envelopeField(record, name));
      }
    }
    event.set("detail", record);
    return event;
  }

  private static final List<String> ENVELOPE =
      List.of("version", "id", "detail-type", "source", "account", "time", "region", "resources");

  /** One field of that event's envelope, or null where the envelope has no such text field. */
  static String envelopeField(JsonNode record, String name) {
    return switch (name) {
      case "version" -> "0";
      case "id" -> record.path("eventID").asString("");
      case "detail-type" -> detailType(record);
      case "source" ->
          "aws." + record.path("eventSource").asString("").replace(".amazonaws.com", "");
      case "account" -> record.path("recipientAccountId").asString("");
      case "time" -> record.path("eventTime").asString("");
      case "region" -> record.path("awsRegion").asString("");
      default -> null;
    };
  }

  private static String detailType(JsonNode record) {
    String type = record.path("eventType").asString("AwsApiCall");
    return switch (type) {
      case "AwsConsoleSignIn" -> "AWS Console Sign In via CloudTrail";
      case "AwsServiceEvent" -> "AWS Service Event via CloudTrail";
      default -> "AWS API Call via CloudTrail";
    };
  }
}
