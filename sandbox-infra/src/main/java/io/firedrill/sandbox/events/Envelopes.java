package io.firedrill.sandbox.events;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as EventBridge delivers them: {@code version, id, detail-type, source, account, time,
 * region, resources, detail}, in that order, times in whole seconds.
 */
final class Envelopes {

  static final String CLOUDTRAIL_CALL = "AWS API Call via CloudTrail";
  static final String GUARDDUTY_FINDING = "GuardDuty Finding";

  private Envelopes() {}

  static ObjectNode of(
      String detailType,
      String source,
      String account,
      Instant time,
      String region,
      JsonNode resources,
      JsonNode detail) {
    ObjectNode event = Json.object();
    event.put("version", "0");
    event.put("id", UUID.randomUUID().toString());
    event.put("detail-type", detailType);
    event.put("source", source);
    event.put("account", account);
    event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
    event.put("region", region);
    event.set("resources", resources == null ? Json.MAPPER.createArrayNode() : resources);
    event.set("detail", detail);
    return event;
  }

  /** A CloudTrail record, as the source of the service that served the call publishes it. */
  static ObjectNode cloudTrail(JsonNode record) {
    String eventSource = record.path("eventSource").asString("");
    String service = eventSource.replace(".amazonaws.com", "");
    return of(
        CLOUDTRAIL_CALL,
        "aws." + service,
        record.path("recipientAccountId").asString(""),
        Instant.parse(record.path("eventTime").asString()),
        record.path("awsRegion").asString(""),
        null,
        record);
  }

  /**
   * A GuardDuty finding. The API answers {@code service.additionalInfo} as JSON text and a type;
   * the event carries that text expanded, as GuardDuty's events do.
   */
  static ObjectNode guardDuty(ObjectNode finding) {
    ObjectNode detail = finding.deepCopy();
    JsonNode info = detail.path("service").path("additionalInfo");
    if (info.isObject() && info.path("value").isString()) {
      try {
        ((ObjectNode) detail.get("service"))
            .set("additionalInfo", Json.MAPPER.readTree(info.get("value").asString()));
      } catch (JacksonException keptAsIs) {
        // Not JSON after all: left as the API answers it.
      }
    }
    return of(
        GUARDDUTY_FINDING,
        "aws.guardduty",
        detail.path("accountId").asString(""),
        Instant.parse(detail.path("updatedAt").asString()),
        detail.path("region").asString(""),
        null,
        detail);
  }
}
