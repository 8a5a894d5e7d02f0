package io.firedrill.injector.responder;

import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.IamUsers;
import software.amazon.awssdk.services.iam.model.StatusType;
import tools.jackson.databind.JsonNode;

/**
 * One response a playbook decided on, aimed at what the triggering event names.
 *
 * @param target what the response acts on: a trail, key, user or role name, {@code role/NAME} or
 *     {@code user/NAME} for sessions, instance ids joined by commas, or the region for GuardDuty
 * @param owner the user whose key made the call, when it was a user's
 * @param region the region the event happened in, where regional resources are
 */
record Response(Playbook.Response kind, String target, String owner, String region) {

  static final String QUARANTINE = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";

  /** The response to a CloudTrail record, or null when the record lacks what it would aim at. */
  static Response of(Playbook.Response kind, JsonNode record) {
    JsonNode identity = record.path("userIdentity");
    JsonNode request = record.path("requestParameters");
    String region = record.path("awsRegion").asString(null);
    String target =
        switch (kind) {
          case RESTART_LOGGING -> request.path("name").asString(null);
          case DEACTIVATE_CALLER_KEY -> identity.path("accessKeyId").asString(null);
          case QUARANTINE_CALLER -> identity.path("userName").asString(null);
          case DELETE_CREATED_USER -> request.path("userName").asString(null);
          case REVOKE_CALLER_SESSIONS -> AccountMoves.sessionsOf(identity);
          case ISOLATE_INSTANCES,
              SNAPSHOT_INSTANCE_VOLUMES,
              TAG_INSTANCES_QUARANTINED,
              TERMINATE_INSTANCES ->
              InstanceMoves.instancesIn(record);
          case DELETE_ROLE -> request.path("roleName").asString(null);
          case REENABLE_GUARDDUTY ->
              request.path("enable").asBoolean(false) ? null : region; // enabling needs no answer
        };
    return target == null
        ? null
        : new Response(kind, target, identity.path("userName").asString(null), region);
  }

  String describe() {
    return switch (kind) {
      case RESTART_LOGGING -> "restart logging on trail " + target;
      case DEACTIVATE_CALLER_KEY -> "deactivate access key " + target + " of " + owner;
      case QUARANTINE_CALLER -> "attach AWSCompromisedKeyQuarantineV3 to user " + target;
      case DELETE_CREATED_USER -> "delete user " + target;
      case REVOKE_CALLER_SESSIONS -> "revoke the active sessions of " + target;
      case ISOLATE_INSTANCES -> "isolate " + target + " in a security group without rules";
      case SNAPSHOT_INSTANCE_VOLUMES -> "snapshot the volumes of " + target;
      case TAG_INSTANCES_QUARANTINED -> "tag " + target + " quarantined";
      case TERMINATE_INSTANCES -> "terminate " + target;
      case DELETE_ROLE -> "delete role " + target;
      case REENABLE_GUARDDUTY -> "enable GuardDuty again in " + target;
    };
  }

  ApiCall perform(AwsSession session) {
    return switch (kind) {
      case RESTART_LOGGING ->
          session.call(
              "cloudtrail",
              "StartLogging",
              () -> session.cloudTrail().startLogging(r -> r.name(target)));
      case DEACTIVATE_CALLER_KEY ->
          session.call(
              "iam",
              "UpdateAccessKey",
              () ->
                  session
                      .iam()
                      .updateAccessKey(
                          r -> r.userName(owner).accessKeyId(target).status(StatusType.INACTIVE)));
      case QUARANTINE_CALLER ->
          session.call(
              "iam",
              "AttachUserPolicy",
              () -> session.iam().attachUserPolicy(r -> r.userName(target).policyArn(QUARANTINE)));
      case DELETE_CREATED_USER ->
          AccountMoves.whole(
              "iam", "DeleteUser", () -> IamUsers.deleteWithEverything(session.iam(), target));
      case REVOKE_CALLER_SESSIONS -> AccountMoves.revokeSessions(session, target);
      case ISOLATE_INSTANCES -> InstanceMoves.isolate(session, region, ids());
      case SNAPSHOT_INSTANCE_VOLUMES -> InstanceMoves.snapshotVolumes(session, region, ids());
      case TAG_INSTANCES_QUARANTINED -> InstanceMoves.tagQuarantined(session, region, ids());
      case TERMINATE_INSTANCES -> InstanceMoves.terminate(session, region, ids());
      case DELETE_ROLE -> AccountMoves.deleteRole(session, target);
      case REENABLE_GUARDDUTY -> AccountMoves.reenableGuardDuty(session);
    };
  }

  private java.util.List<String> ids() {
    return java.util.List.of(target.split(","));
  }
}
