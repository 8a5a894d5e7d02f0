package io.firedrill.sandbox.auth;

import java.util.Objects;

/**
 * An authenticated principal, with the access key it signed with: what a CloudTrail record's {@code
 * userIdentity} says.
 *
 * @param type the identity type; {@code IAMUser} is the only one today
 * @param userName the IAM user name
 * @param principalId the user's unique id ({@code AIDA...})
 * @param arn the user's ARN
 * @param accountId the account the user belongs to
 * @param accessKeyId the access key the request was signed with
 */
public record Caller(
    String type,
    String userName,
    String principalId,
    String arn,
    String accountId,
    String accessKeyId) {

  public Caller {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(principalId, "principalId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
  }

  /** An IAM user signing with one of its access keys. */
  public static Caller iamUser(
      String userName, String principalId, String arn, String accountId, String accessKeyId) {
    return new Caller("IAMUser", userName, principalId, arn, accountId, accessKeyId);
  }
}
