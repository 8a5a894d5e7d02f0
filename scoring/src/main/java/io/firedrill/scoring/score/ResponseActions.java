package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Recognises the blue team's calls by response phase, from the call and its request parameters:
 * containment (key deactivated or deleted, deny or quarantine policy, sessions revoked, instance
 * isolated), eradication (backdoor users, keys, login profiles, roles, instances removed), recovery
 * (logging restarted, detector re-enabled, bucket policy restored), evidence (snapshot, instance
 * tagged) and triage (a finding acknowledged).
 */
final class ResponseActions {

  /** A recognised call: phase, what it did, and the name of what it acted on. */
  record Kind(String phase, String action, String target, String probe) {}

  /** Probe kinds, as the prober journals them. */
  static final String PROBE_KEY = "access-key";

  static final String PROBE_USER = "user-deleted";
  static final String PROBE_TRAIL = "trail-logging";
  static final String PROBE_DETECTOR = "detector-enabled";

  private ResponseActions() {}

  /**
   * What a successful call does for the response, if anything.
   *
   * @param actorKey whether the call's access key id parameter is an actor's key
   */
  static Optional<Kind> classify(JournalEntry o, java.util.function.Predicate<String> actorKey) {
    if (o.text("errorCode") != null || o.text("eventName") == null) {
      return Optional.empty();
    }
    JsonNode p = o.data().path("requestParameters");
    String user = text(p, "userName");
    Kind kind =
        switch (o.text("eventName")) {
          case "UpdateAccessKey" ->
              "Inactive".equals(text(p, "status"))
                  ? new Kind("contain", "access key deactivated", text(p, "accessKeyId"), PROBE_KEY)
                  : null;
          case "DeleteAccessKey" ->
              actorKey.test(text(p, "accessKeyId"))
                  ? new Kind("contain", "access key deleted", text(p, "accessKeyId"), PROBE_KEY)
                  : new Kind(
                      "eradicate",
                      "access key deleted",
                      orElse(user, text(p, "accessKeyId")),
                      null);
          case "PutUserPolicy", "PutRolePolicy", "PutGroupPolicy" -> inlinePolicy(p);
          case "AttachUserPolicy", "AttachRolePolicy", "AttachGroupPolicy" -> {
            String arn = orElse(text(p, "policyArn"), "");
            yield arn.contains("Deny") || arn.contains("Quarantine")
                ? new Kind("contain", "quarantine policy attached", principal(p), PROBE_KEY)
                : null;
          }
          case "ModifyInstanceAttribute", "ModifyNetworkInterfaceAttribute" ->
              p.has("groupSet") || p.has("groupId")
                  ? new Kind("contain", "instance isolated", instance(p), null)
                  : null;
          case "RevokeSecurityGroupIngress" ->
              new Kind("contain", "ingress revoked", text(p, "groupId"), null);
          case "DeleteUser" -> new Kind("eradicate", "user deleted", user, PROBE_USER);
          case "DeleteLoginProfile" -> new Kind("eradicate", "login profile deleted", user, null);
          case "DeleteRole" -> new Kind("eradicate", "role deleted", text(p, "roleName"), null);
          case "TerminateInstances" ->
              new Kind("eradicate", "instances terminated", instance(p), null);
          case "StartLogging" -> new Kind("recover", "logging restarted", trail(p), PROBE_TRAIL);
          case "CreateDetector" -> new Kind("recover", "detector re-enabled", null, PROBE_DETECTOR);
          case "UpdateDetector" ->
              p.path("enable").asBoolean(false)
                  ? new Kind(
                      "recover", "detector re-enabled", text(p, "detectorId"), PROBE_DETECTOR)
                  : null;
          case "PutBucketPolicy", "DeleteBucketPolicy" ->
              new Kind("recover", "bucket policy restored", text(p, "bucketName"), null);
          case "PutEventSelectors" ->
              new Kind("recover", "event selectors restored", trail(p), null);
          case "CreateSnapshot", "CreateSnapshots" ->
              new Kind("evidence", "snapshot taken", text(p, "volumeId"), null);
          case "CreateTags" ->
              p.toString().contains("\"i-")
                  ? new Kind("evidence", "instance tagged", instance(p), null)
                  : null;
          case "ArchiveFindings", "UpdateFindingsFeedback" ->
              new Kind("triage", "finding acknowledged", text(p, "detectorId"), null);
          default -> null;
        };
    return Optional.ofNullable(kind);
  }

  // An inline policy that denies is a quarantine; one that denies tokens issued before a time is
  // how AWS revokes a role's or user's active sessions.
  private static Kind inlinePolicy(JsonNode p) {
    String document = orElse(text(p, "policyDocument"), "");
    if (!document.contains("Deny")) {
      return null;
    }
    return document.contains("aws:TokenIssueTime")
        ? new Kind("contain", "sessions revoked", principal(p), PROBE_KEY)
        : new Kind("contain", "deny policy attached", principal(p), PROBE_KEY);
  }

  private static String principal(JsonNode p) {
    return orElse(text(p, "userName"), orElse(text(p, "roleName"), text(p, "groupName")));
  }

  /** A trail's name, whether the call gave the name or the ARN. */
  static String trail(JsonNode p) {
    String name = orElse(text(p, "name"), text(p, "trailName"));
    return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
  }

  private static String instance(JsonNode p) {
    String id = text(p, "instanceId");
    if (id != null) {
      return id;
    }
    for (JsonNode item : p.findValues("instanceId")) {
      return item.asString();
    }
    for (JsonNode item : p.findValues("resourceId")) {
      return item.asString();
    }
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainer() ? null : value.asString();
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }
}
