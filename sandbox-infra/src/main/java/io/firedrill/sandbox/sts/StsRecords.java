package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.Xml;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * STS's answers and the responseElements CloudTrail records for them. The record echoes the new key
 * id and session token but never the secret, and prints the expiration as STS's records do ({@code
 * "Jul 30, 2024, 9:46:15 PM"}: a comma after the year, unlike IAM's records).
 */
final class StsRecords {

  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

  private StsRecords() {}

  static void credentials(Xml xml, Credential credential) {
    xml.open("Credentials")
        .element("AccessKeyId", credential.accessKeyId())
        .element("SecretAccessKey", credential.secretAccessKey())
        .element("SessionToken", credential.sessionToken())
        .element("Expiration", credential.expiration())
        .close("Credentials");
  }

  static void assumedRoleUser(Xml xml, Caller caller) {
    xml.open("AssumedRoleUser")
        .element("AssumedRoleId", caller.principalId())
        .element("Arn", caller.arn())
        .close("AssumedRoleUser");
  }

  /** AssumeRole's record; {@code packedPolicySize} is null when no session policy was passed. */
  static JsonNode assumeRole(Credential credential, Integer packedPolicySize) {
    ObjectNode elements = Json.object();
    elements.set("credentials", credentials(credential));
    ObjectNode user = elements.putObject("assumedRoleUser");
    user.put("assumedRoleId", credential.caller().principalId());
    user.put("arn", credential.caller().arn());
    if (packedPolicySize != null) {
      elements.put("packedPolicySize", packedPolicySize);
    }
    return elements;
  }

  static JsonNode getSessionToken(Credential credential) {
    ObjectNode elements = Json.object();
    elements.set("credentials", credentials(credential));
    return elements;
  }

  private static ObjectNode credentials(Credential credential) {
    ObjectNode fields = Json.object();
    fields.put("accessKeyId", credential.accessKeyId());
    fields.put("sessionToken", credential.sessionToken());
    fields.put("expiration", expiration(credential.expiration()));
    return fields;
  }

  private static String expiration(Instant instant) {
    return EXPIRATION.format(instant);
  }
}
