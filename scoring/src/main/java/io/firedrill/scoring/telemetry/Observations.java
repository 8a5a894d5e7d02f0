package io.firedrill.scoring.telemetry;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns a CloudTrail record into the facts the scorer journals about it. */
final class Observations {

  static final String LOOKUP_EVENTS = "cloudtrail.lookup-events";

  private Observations() {}

  static Map<String, Object> of(String source, JsonNode record) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", source);
    copy(record, "eventID", "eventId", data);
    copy(record, "eventName", "eventName", data);
    copy(record, "eventSource", "eventSource", data);
    copy(record, "eventTime", "eventTime", data);
    copy(record, "requestID", "requestId", data);
    copy(record, "errorCode", "errorCode", data);
    copy(record, "sourceIPAddress", "sourceIp", data);
    copy(record, "userAgent", "userAgent", data);
    JsonNode identity = record.path("userIdentity");
    copy(identity, "type", "identityType", data);
    copy(identity, "arn", "arn", data);
    copy(identity, "userName", "userName", data);
    copy(identity, "accessKeyId", "accessKeyId", data);
    if (record.hasNonNull("requestParameters")) {
      data.put("requestParameters", record.get("requestParameters"));
    }
    return data;
  }

  private static void copy(JsonNode from, String field, String as, Map<String, Object> to) {
    JsonNode value = from.get(field);
    if (value != null && !value.isNull()) {
      to.put(as, value.asString());
    }
  }
}
