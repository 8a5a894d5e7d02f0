package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.TestPolicies.boundary;
import static io.firedrill.sandbox.policy.TestPolicies.evaluate;
import static io.firedrill.sandbox.policy.TestPolicies.identity;
import static io.firedrill.sandbox.policy.TestPolicies.managed;
import static io.firedrill.sandbox.policy.TestPolicies.request;
import static io.firedrill.sandbox.policy.TestPolicies.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessDeniedMessageTest {

  private static final String FRANK = "arn:aws:iam::111122223333:user/dev-frank";
  private static final String BACKDOOR = "arn:aws:iam::111122223333:user/backdoor";
  private static final AppliedPolicy ADMIN = managed("AdministratorAccess", PolicyKind.IDENTITY);
  private static final String DENY_IAM =
      "{\"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"*\"}";
  private static final String ALLOW_S3 =
      "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}";

  @Test
  void namesTheManagedPolicyThatDeniedExplicitly() {
    RequestContext request = request("iam:CreateUser", BACKDOOR);
    Decision decision =
        evaluate(request, ADMIN, managed("AWSCompromisedKeyQuarantineV3", PolicyKind.IDENTITY));

    assertThat(AccessDeniedMessage.of(FRANK, request, decision))
        .isEqualTo(
            "User: arn:aws:iam::111122223333:user/dev-frank is not authorized to perform:"
                + " iam:CreateUser on resource: arn:aws:iam::111122223333:user/backdoor with an"
                + " explicit deny in an identity-based policy:"
                + " arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3");
  }

  @Test
  void namesOnlyThePolicyTypeForAnInlinePolicy() {
    RequestContext request = request("iam:CreateUser", BACKDOOR);
    Decision decision = evaluate(request, ADMIN, identity(FRANK + " (inline: deny-all)", DENY_IAM));

    assertThat(AccessDeniedMessage.of(FRANK, request, decision))
        .endsWith(
            " on resource: " + BACKDOOR + " with an explicit deny in an identity-based policy");
  }

  @Test
  void saysWhichPolicyTypeDeniedExplicitly() {
    RequestContext request = request("iam:CreateUser", BACKDOOR);
    String boundaryArn = "arn:aws:iam::111122223333:policy/DeveloperBoundary";

    assertThat(
            AccessDeniedMessage.of(
                FRANK, request, evaluate(request, ADMIN, boundary(boundaryArn, DENY_IAM))))
        .endsWith(" with an explicit deny in a permissions boundary: " + boundaryArn);
    assertThat(AccessDeniedMessage.of(FRANK, request, evaluate(request, ADMIN, session(DENY_IAM))))
        .endsWith(" with an explicit deny in a session policy");
  }

  @Test
  void saysNoIdentityBasedPolicyAllowsAnImplicitlyDeniedAction() {
    RequestContext request = request("iam:CreateUser", BACKDOOR);
    Decision decision = evaluate(request, identity("s3", ALLOW_S3));

    assertThat(AccessDeniedMessage.of(FRANK, request, decision))
        .isEqualTo(
            "User: arn:aws:iam::111122223333:user/dev-frank is not authorized to perform:"
                + " iam:CreateUser on resource: arn:aws:iam::111122223333:user/backdoor because no"
                + " identity-based policy allows the iam:CreateUser action");
  }

  @Test
  void saysWhichBoundaryOrSessionPolicyFailedToAllow() {
    RequestContext request = request("iam:CreateUser", BACKDOOR);

    assertThat(
            AccessDeniedMessage.of(
                FRANK, request, evaluate(request, ADMIN, boundary("b", ALLOW_S3))))
        .endsWith(" because no permissions boundary allows the iam:CreateUser action");
    assertThat(AccessDeniedMessage.of(FRANK, request, evaluate(request, ADMIN, session(ALLOW_S3))))
        .endsWith(" because no session policy allows the iam:CreateUser action");
  }

  @Test
  void leavesOutTheResourceWhenThereIsNone() {
    RequestContext request = request("iam:ListUsers", "*");
    Decision decision = evaluate(request);

    assertThat(AccessDeniedMessage.of(FRANK, request, decision))
        .isEqualTo(
            "User: arn:aws:iam::111122223333:user/dev-frank is not authorized to perform:"
                + " iam:ListUsers because no identity-based policy allows the iam:ListUsers action");
  }

  @Test
  void refusesAnAllowedRequest() {
    RequestContext request = request("iam:ListUsers", "*");

    assertThatThrownBy(() -> AccessDeniedMessage.of(FRANK, request, evaluate(request, ADMIN)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
