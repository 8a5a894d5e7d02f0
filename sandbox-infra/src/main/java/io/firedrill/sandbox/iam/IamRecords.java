package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The responseElements CloudTrail records for IAM calls. IAM's records print dates the way Java's
 * default medium format did ({@code "Aug 1, 2024 1:33:28 PM"}), not ISO 8601 as the API answers, so
 * the records do too. Policy documents appear percent-encoded, as the API returns them.
 */
final class IamRecords {

  private static final DateTimeFormatter RECORD_DATE =
      DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);

  private IamRecords() {}

  static JsonNode createUser(IamUser user, String boundaryArn) {
    ObjectNode fields = Json.object();
    fields.put("path", user.path());
    fields.put("userName", user.name());
    fields.put("userId", user.userId());
    fields.put("arn", user.arn());
    fields.put("createDate", date(user.created()));
    boundary(fields, boundaryArn);
    tags(fields, user.tags());
    return wrap("user", fields);
  }

  /** The new key without its secret: CloudTrail never records a secret, and neither do we. */
  static JsonNode createAccessKey(AccessKey key) {
    ObjectNode fields = Json.object();
    fields.put("userName", key.userName());
    fields.put("accessKeyId", key.accessKeyId());
    fields.put("status", key.status());
    fields.put("createDate", date(key.created()));
    return wrap("accessKey", fields);
  }

  static JsonNode createGroup(IamGroup group) {
    ObjectNode fields = Json.object();
    fields.put("path", group.path());
    fields.put("groupName", group.name());
    fields.put("groupId", group.groupId());
    fields.put("arn", group.arn());
    fields.put("createDate", date(group.created()));
    return wrap("group", fields);
  }

  static JsonNode createRole(IamRole role, String boundaryArn) {
    ObjectNode fields = Json.object();
    fields.put("path", role.path());
    fields.put("roleName", role.name());
    fields.put("roleId", role.roleId());
    fields.put("arn", role.arn());
    fields.put("createDate", date(role.created()));
    fields.put("assumeRolePolicyDocument", PolicyText.encoded(role.trustPolicy()));
    boundary(fields, boundaryArn);
    tags(fields, role.tags());
    return wrap("role", fields);
  }

  static JsonNode createPolicy(ManagedPolicy policy) {
    ObjectNode fields = Json.object();
    fields.put("policyName", policy.name());
    fields.put("policyId", policy.policyId());
    fields.put("arn", policy.arn());
    fields.put("path", policy.path());
    fields.put("defaultVersionId", policy.defaultVersionId());
    fields.put("attachmentCount", 0);
    fields.put("permissionsBoundaryUsageCount", 0);
    fields.put("isAttachable", true);
    fields.put("createDate", date(policy.created()));
    fields.put("updateDate", date(policy.updated()));
    tags(fields, policy.tags());
    return wrap("policy", fields);
  }

  static JsonNode createPolicyVersion(ManagedPolicy.PolicyVersion version, boolean isDefault) {
    ObjectNode fields = Json.object();
    fields.put("versionId", version.versionId());
    fields.put("isDefaultVersion", isDefault);
    fields.put("createDate", date(version.created()));
    return wrap("policyVersion", fields);
  }

  /**
   * The profile, never the password: IAM's own record leaves it out of both request and response.
   */
  static JsonNode createLoginProfile(LoginProfile profile) {
    ObjectNode fields = Json.object();
    fields.put("userName", profile.userName());
    fields.put("createDate", date(profile.created()));
    fields.put("passwordResetRequired", profile.passwordResetRequired());
    return wrap("loginProfile", fields);
  }

  private static void boundary(ObjectNode fields, String boundaryArn) {
    if (boundaryArn != null) {
      fields
          .putObject("permissionsBoundary")
          .put("permissionsBoundaryType", "Policy")
          .put("permissionsBoundaryArn", boundaryArn);
    }
  }

  private static void tags(ObjectNode fields, List<Tag> tags) {
    if (!tags.isEmpty()) {
      ArrayNode list = fields.putArray("tags");
      tags.forEach(t -> list.addObject().put("key", t.key()).put("value", t.value()));
    }
  }

  private static JsonNode wrap(String name, ObjectNode fields) {
    ObjectNode elements = Json.object();
    elements.set(name, fields);
    return elements;
  }

  private static String date(Instant instant) {
    return RECORD_DATE.format(instant);
  }
}
