package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The responseElements CloudTrail records for IAM calls. IAM's records print dates the way Java's
 * default medium format did ({@code "Aug 1, 2024 1:33:28 PM"}), not ISO 8601 as the API answers, so
 * the records do too.
 */
final class IamRecords {

  private static final DateTimeFormatter RECORD_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

  private IamRecords() {}

  static JsonNode createUser(IamUser user) {
    ObjectNode fields = Json.object();
    fields.put("path", user.path());
    fields.put("userName", user.name());
    fields.put("userId", user.userId());
    fields.put("arn", user.arn());
    fields.put("createDate", date(user.created()));
    if (!user.tags().isEmpty()) {
      ArrayNode tags = fields.putArray("tags");
      user.tags().forEach(t -> tags.addObject().put("key", t.key()).put("value", t.value()));
    }
    ObjectNode elements = Json.object();
    elements.set("user", fields);
    return elements;
  }

  /** The new key without its secret: CloudTrail never records a secret, and neither do we. */
  static JsonNode createAccessKey(AccessKey key) {
    ObjectNode fields = Json.object();
    fields.put("userName", key.userName());
    fields.put("accessKeyId", key.accessKeyId());
    fields.put("status", key.status());
    fields.put("createDate", date(key.created()));
    ObjectNode elements = Json.object();
    elements.set("accessKey", fields);
    return elements;
  }

  private static String date(Instant instant) {
    return RECORD_DATE.format(instant);
  }
}
