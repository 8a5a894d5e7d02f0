package io.firedrill.scoring.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * What the scorer journals of a GuardDuty finding read as JSON, in GuardDuty's own shape: from an
 * EventBridge event or from files captured elsewhere. The same facts the GuardDuty poller journals
 * from the SDK's finding.
 */
final class FindingFacts {

  private FindingFacts() {}

  /**
   * @param update whether an earlier sighting of the same finding was journaled
   * @param toScenario when, in the exercise's time, an instant of the finding's was
   */
  static Map<String, Object> of(
      String source, JsonNode finding, boolean update, Function<Instant, Duration> toScenario) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", source);
    data.put("findingId", finding.path("id").asString());
    data.put("findingType", finding.path("type").asString());
    data.put("severity", finding.path("severity").asDouble());
    data.put("update", update);
    JsonNode service = finding.path("service");
    if (service.isObject()) {
      data.put("count", service.path("count").asInt(1));
      String firstSeen = service.path("eventFirstSeen").asString(null);
      data.put("eventFirstSeen", firstSeen);
      data.put("eventLastSeen", service.path("eventLastSeen").asString(null));
      if (firstSeen != null) {
        data.put(
            "firstSeenAt", String.valueOf(toScenario.apply(Instant.parse(firstSeen)).toMillis()));
      }
      JsonNode call = service.path("action").path("awsApiCallAction");
      if (call.isObject()) {
        data.put("api", api(finding));
        JsonNode ip = call.path("remoteIpDetails").path("ipAddressV4");
        if (ip.isString()) {
          data.put("sourceIp", ip.asString());
        }
      }
    }
    JsonNode key = finding.path("resource").path("accessKeyDetails");
    if (key.isObject()) {
      data.put("accessKeyId", key.path("accessKeyId").asString(null));
      data.put("userName", key.path("userName").asString(null));
    }
    return data;
  }

  /** The access key the finding names, or null. */
  static String accessKeyId(JsonNode finding) {
    return finding.path("resource").path("accessKeyDetails").path("accessKeyId").asString(null);
  }

  /** The API call the finding is about, or null. */
  static String api(JsonNode finding) {
    return finding
        .path("service")
        .path("action")
        .path("awsApiCallAction")
        .path("api")
        .asString(null);
  }
}
