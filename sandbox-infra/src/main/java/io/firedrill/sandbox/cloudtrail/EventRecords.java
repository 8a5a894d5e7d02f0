package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.EventResource;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a CloudTrail record (eventVersion 1.09) for a served call, fields in AWS's order.
 *
 * <p>No {@code sharedEventID}: AWS adds it when one call is recorded in two accounts (a role
 * assumed across accounts, a service acting for a customer), and the sandbox is one account.
 */
final class EventRecords {

  static final String EVENT_VERSION = "1.09";
  private static final String S3_SOURCE = "s3.amazonaws.com";

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
    if (call.additionalEventData() != null) {
      record.set("additionalEventData", call.additionalEventData());
    }
    record.put("requestID", call.requestId());
    record.put("eventID", eventId);
    record.put("readOnly", call.readOnly());
    // S3 names the bucket even of a failed call; other services list resources only on success.
    boolean listed = call.errorCode() == null || S3_SOURCE.equals(call.eventSource());
    if (listed && !call.eventResources().isEmpty()) {
      ArrayNode resources = record.putArray("resources");
      for (EventResource resource : call.eventResources()) {
        resources
            .addObject()
            .put("accountId", resource.accountId())
            .put("type", resource.type())
            .put("ARN", resource.arn());
      }
    }
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

  /**
   * The caller as CloudTrail names it. A role session has no userName (its issuer carries the
   * role's); any temporary credentials carry a sessionContext, whose issuer is empty for an IAM
   * user's own session.
   */
  static ObjectNode userIdentity(Caller caller) {
    ObjectNode identity = Json.object();
    identity.put("type", caller.type());
    identity.put("principalId", caller.principalId());
    identity.put("arn", caller.arn());
    identity.put("accountId", caller.accountId());
    identity.put("accessKeyId", caller.accessKeyId());
    if (caller.isUser()) {
      identity.put("userName", caller.userName());
    }
    Caller.Session session = caller.session();
    if (session != null) {
      ObjectNode context = identity.putObject("sessionContext");
      ObjectNode issuer = context.putObject("sessionIssuer");
      if (session.issuer() != null) {
        issuer.put("type", session.issuer().type());
        issuer.put("principalId", session.issuer().principalId());
        issuer.put("arn", session.issuer().arn());
        issuer.put("accountId", session.issuer().accountId());
        issuer.put("userName", session.issuer().userName());
      }
      context.putObject("webIdFederationData");
      ObjectNode attributes = context.putObject("attributes");
      attributes.put("creationDate", session.issuedAt().toString());
      attributes.put("mfaAuthenticated", String.valueOf(session.mfaAuthenticated()));
    }
    return identity;
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? JsonNodeFactory.instance.nullNode() : node;
  }
}
