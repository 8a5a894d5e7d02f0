package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a CloudTrail record (eventVersion 1.09) for a served call, fields in AWS's order. */
final class EventRecords {

  static final String EVENT_VERSION = "1.09";

  private EventRecords() {}

  static ObjectNode build(CallRecord call, String eventId) {
    ObjectNode record = Json.object();
    record.put("eventVersion", EVENT_VERSION);
    record.set("userIdentity", userIdentity(call.caller()));
    record.put("eventTime", eventTime(call.time()).toString());
    record.put("eventSource", call.eventSource());
    record.put("eventName", call.eventName());
    record.put("awsRegion", call.region());
    record.put("sourceIPAddress", call.sourceIp());
    record.put("userAgent", call.userAgent() == null ? "" : call.userAgent());
    if (call.errorCode() != null) {
      record.put("errorCode", call.errorCode());
      record.put("errorMessage", call.errorMessage());
    }
    record.set("requestParameters", orNull(call.requestParameters()));
    // A failed call has no response to record.
    record.set(
        "responseElements", orNull(call.errorCode() == null ? call.responseElements() : null));
    record.put("requestID", call.requestId());
    record.put("eventID", eventId);
    record.put("readOnly", call.readOnly());
    record.put("eventType", "AwsApiCall");
    record.put("managementEvent", true);
    record.put("recipientAccountId", call.caller().accountId());
    record.put("eventCategory", "Management");
    // No tlsDetails: AWS records the TLS session of the call, and the sandbox serves plain HTTP on
    // loopback, so any value would be invented.
    return record;
  }

  /** Event times carry whole seconds, as CloudTrail's do. */
  static Instant eventTime(Instant received) {
    return received.truncatedTo(ChronoUnit.SECONDS);
  }

  private static ObjectNode userIdentity(Caller caller) {
    ObjectNode identity = Json.object();
    identity.put("type", caller.type());
    identity.put("principalId", caller.principalId());
    identity.put("arn", caller.arn());
    identity.put("accountId", caller.accountId());
    identity.put("accessKeyId", caller.accessKeyId());
    identity.put("userName", caller.userName());
    return identity;
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? JsonNodeFactory.instance.nullNode() : node;
  }
}
