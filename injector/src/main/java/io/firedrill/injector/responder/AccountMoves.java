package io.firedrill.injector.responder;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.IamRoles;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import tools.jackson.databind.JsonNode;

/** The blue team's moves on identities and account-wide services. */
final class AccountMoves {

  /** The name IAM's console gives the inline policy of "revoke active sessions". */
  static final String REVOKE_POLICY = "AWSRevokeOlderSessions";

  private AccountMoves() {}

  /** {@code role/NAME} for a role session, {@code user/NAME} for a user's call, else null. */
  static String sessionsOf(JsonNode identity) {
    return switch (identity.path("type").asString("")) {
      case "AssumedRole" -> {
        String role =
            identity.path("sessionContext").path("sessionIssuer").path("userName").asString(null);
        yield role == null ? null : "role/" + role;
      }
      case "IAMUser" -> {
        String user = identity.path("userName").asString(null);
        yield user == null ? null : "user/" + user;
      }
      default -> null;
    };
  }

  /**
   * Denies everything to sessions issued before now. Credentials issued later, and a user's
   * long-term keys, which have no token issue time, are not affected.
   */
  static ApiCall revokeSessions(AwsSession session, String target) {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],"
            + "\"Resource\":[\"*\"],\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\""
            + Instant.now().truncatedTo(ChronoUnit.MILLIS)
            + "\"}}}]}";
    String name = target.substring(target.indexOf('/') + 1);
    if (target.startsWith("role/")) {
      return session.call(
          "iam",
          "PutRolePolicy",
          () ->
              session
                  .iam()
                  .putRolePolicy(
                      r -> r.roleName(name).policyName(REVOKE_POLICY).policyDocument(document)));
    }
    return session.call(
        "iam",
        "PutUserPolicy",
        () ->
            session
                .iam()
                .putUserPolicy(
                    r -> r.userName(name).policyName(REVOKE_POLICY).policyDocument(document)));
  }

  static ApiCall deleteRole(AwsSession session, String roleName) {
    return whole("iam", "DeleteRole", () -> IamRoles.deleteWithEverything(session.iam(), roleName));
  }

  /** Enables every disabled detector of the region, or creates one where there is none. */
  static ApiCall reenableGuardDuty(AwsSession session) {
    List<String> detectors;
    try {
      detectors = session.guardDuty().listDetectors().detectorIds();
    } catch (AwsServiceException e) {
      return failed("guardduty", "ListDetectors", e);
    }
    if (detectors.isEmpty()) {
      return session.call(
          "guardduty",
          "CreateDetector",
          () -> session.guardDuty().createDetector(r -> r.enable(true)));
    }
    ApiCall last = null;
    for (String id : detectors) {
      last =
          session.call(
              "guardduty",
              "UpdateDetector",
              () -> session.guardDuty().updateDetector(r -> r.detectorId(id).enable(true)));
    }
    return last;
  }

  /** A move of several calls, journaled as the one that counts. */
  static ApiCall whole(String service, String operation, Runnable calls) {
    try {
      calls.run();
      return new ApiCall(service, operation, null, "allowed", null);
    } catch (AwsServiceException e) {
      return failed(service, operation, e);
    }
  }

  static ApiCall failed(String service, String operation, AwsServiceException e) {
    String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    boolean denied =
        code != null && (code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation"));
    return new ApiCall(service, operation, e.requestId(), denied ? "denied" : "failed", code);
  }
}
