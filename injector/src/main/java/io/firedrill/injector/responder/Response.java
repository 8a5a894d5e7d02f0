package io.firedrill.injector.responder;

import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.IamUsers;
import software.amazon.awssdk.services.iam.model.StatusType;
import tools.jackson.databind.JsonNode;

/** One response a playbook decided on, aimed at what the triggering event names. */
record Response(Playbook.Response kind, String target, String owner) {

  static final String QUARANTINE = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";

  /** The response to a CloudTrail record, or null when the record lacks what it would aim at. */
  static Response of(Playbook.Response kind, JsonNode record) {
    JsonNode identity = record.path("userIdentity");
    JsonNode request = record.path("requestParameters");
    String target =
        switch (kind) {
          case RESTART_LOGGING -> request.path("name").asString(null);
          case DEACTIVATE_CALLER_KEY -> identity.path("accessKeyId").asString(null);
          case QUARANTINE_CALLER -> identity.path("userName").asString(null);
          case DELETE_CREATED_USER -> request.path("userName").asString(null);
        };
    return target == null
        ? null
        : new Response(kind, target, identity.path("userName").asString(null));
  }

  String describe() {
    return switch (kind) {
      case RESTART_LOGGING -> "restart logging on trail " + target;
      case DEACTIVATE_CALLER_KEY -> "deactivate access key " + target + " of " + owner;
      case QUARANTINE_CALLER -> "attach AWSCompromisedKeyQuarantineV3 to user " + target;
      case DELETE_CREATED_USER -> "delete user " + target;
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
      case DELETE_CREATED_USER -> deleteUser(session);
    };
  }

  private ApiCall deleteUser(AwsSession session) {
    // Deleting a user takes several calls; the last, DeleteUser, is the one that counts.
    try {
      IamUsers.deleteWithEverything(session.iam(), target);
      return new ApiCall("iam", "DeleteUser", null, "allowed", null);
    } catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
      return new ApiCall(
          "iam", "DeleteUser", e.requestId(), "failed", e.awsErrorDetails().errorCode());
    }
  }
}
