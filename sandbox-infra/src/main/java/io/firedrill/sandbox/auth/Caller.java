package io.firedrill.sandbox.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An authenticated principal, with the access key it signed with: what a CloudTrail record's {@code
 * userIdentity} says, and what policy evaluation needs to know about who is asking.
 *
 * @param type the identity type: {@code IAMUser}, {@code AssumedRole} or {@code Root}
 * @param userName the IAM user name; for an assumed role the role session name, for the root user
 *     {@code root}: what LookupEvents answers as the event's Username
 * @param principalId the user's unique id ({@code AIDA...}), {@code AROA...:session} for a role
 *     session, the account id for the root user
 * @param arn the user's ARN, the assumed-role ARN ({@code arn:aws:sts::...:assumed-role/R/s}), or
 *     {@code arn:aws:iam::ACCOUNT:root}
 * @param accountId the account the principal belongs to
 * @param accessKeyId the access key the request was signed with
 * @param session the temporary-credential session the key belongs to, or null for a long-term key
 */
public record Caller(
    String type,
    String userName,
    String principalId,
    String arn,
    String accountId,
    String accessKeyId,
    Session session) {

  /** The type of an IAM user's identity, with a long-term key or a GetSessionToken session. */
  public static final String IAM_USER = "IAMUser";

  /** The type of a role session's identity. */
  public static final String ASSUMED_ROLE = "AssumedRole";

  /** The type of the account's root user's identity. */
  public static final String ROOT = "Root";

  public Caller {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(principalId, "principalId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    if (type.equals(ASSUMED_ROLE) && (session == null || session.issuer() == null)) {
      throw new IllegalArgumentException("an assumed role always has a session with an issuer");
    }
  }

  /** An IAM user signing with one of its long-term access keys. */
  public static Caller iamUser(
      String userName, String principalId, String arn, String accountId, String accessKeyId) {
    return new Caller(IAM_USER, userName, principalId, arn, accountId, accessKeyId, null);
  }

  /**
   * The account's root user signing with one of its long-term access keys. CloudTrail names root by
   * its account id and ARN alone; LookupEvents calls it {@code root}.
   */
  public static Caller root(String accountId, String accessKeyId) {
    return new Caller(
        ROOT,
        "root",
        accountId,
        "arn:aws:iam::" + accountId + ":root",
        accountId,
        accessKeyId,
        null);
  }

  /** Whether the caller is the account's root user, whom identity policies do not govern. */
  public boolean isRoot() {
    return type.equals(ROOT);
  }

  /** Whether the caller is an IAM user (with a long-term key or its own session). */
  public boolean isUser() {
    return type.equals(IAM_USER);
  }

  /** Whether the caller signs with temporary credentials. */
  public boolean temporary() {
    return session != null;
  }

  /**
   * A session of temporary credentials, as CloudTrail's {@code sessionContext} and the policy keys
   * {@code aws:TokenIssueTime} and {@code aws:MultiFactorAuthPresent} describe it.
   *
   * @param issuedAt when the credentials were issued, to the second
   * @param mfaAuthenticated whether the session was created with MFA (never, in the sandbox)
   * @param issuer the role the session was assumed from; null for an IAM user's own session
   *     (GetSessionToken), which CloudTrail records with an empty {@code sessionIssuer}
   * @param policies the session policies passed when the session was created (inline and managed),
   *     as JSON text; empty when none were
   */
  public record Session(
      Instant issuedAt, boolean mfaAuthenticated, Issuer issuer, List<String> policies) {
    public Session {
      Objects.requireNonNull(issuedAt, "issuedAt");
      policies = List.copyOf(policies);
    }
  }

  /**
   * Who issued a role session: the role, as {@code sessionContext.sessionIssuer} records it.
   *
   * @param type {@code Role}
   * @param principalId the role's unique id, {@code AROA...}
   * @param arn the role's ARN
   * @param accountId the role's account
   * @param userName the role's name
   */
  public record Issuer(
      String type, String principalId, String arn, String accountId, String userName) {
    public Issuer {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(principalId, "principalId");
      Objects.requireNonNull(arn, "arn");
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(userName, "userName");
    }
  }
}
