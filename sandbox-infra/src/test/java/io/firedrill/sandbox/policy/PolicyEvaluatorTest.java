package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.TestPolicies.ALICE;
import static io.firedrill.sandbox.policy.TestPolicies.boundary;
import static io.firedrill.sandbox.policy.TestPolicies.evaluate;
import static io.firedrill.sandbox.policy.TestPolicies.identity;
import static io.firedrill.sandbox.policy.TestPolicies.request;
import static io.firedrill.sandbox.policy.TestPolicies.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

  private static final String ALLOW_ALL =
      "{\"Sid\": \"All\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}";
  private static final AppliedPolicy ADMIN = identity("admin", ALLOW_ALL);

  @Test
  void deniesImplicitlyWithoutPolicies() {
    Decision decision = evaluate(request("iam:GetUser", ALICE));

    assertThat(decision.effect()).isEqualTo(Effect.IMPLICIT_DENY);
    assertThat(decision.deciding()).isNull();
    assertThat(decision.missingAllow()).isEqualTo(PolicyKind.IDENTITY);
  }

  @Test
  void allowsAndNamesTheAllowingStatement() {
    Decision decision = evaluate(request("iam:GetUser", ALICE), ADMIN);

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.deciding()).isEqualTo(ADMIN);
    assertThat(decision.statementSid()).isEqualTo("All");
  }

  @Test
  void explicitDenyBeatsAllowWhereverItIs() {
    AppliedPolicy deny =
        identity(
            "deny",
            """
            {"Sid": "NoUsers", "Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*"}""");

    Decision before = evaluate(request("iam:CreateUser", ALICE), deny, ADMIN);
    Decision after = evaluate(request("iam:CreateUser", ALICE), ADMIN, deny);

    assertThat(List.of(before, after))
        .allSatisfy(
            decision -> {
              assertThat(decision.effect()).isEqualTo(Effect.EXPLICIT_DENY);
              assertThat(decision.deciding()).isEqualTo(deny);
              assertThat(decision.statementSid()).isEqualTo("NoUsers");
            });
    assertThat(evaluate(request("iam:GetUser", ALICE), deny, ADMIN).allowed()).isTrue();
  }

  @Test
  void aPermissionsBoundaryLimitsWhatIdentityPoliciesAllow() {
    AppliedPolicy readIam =
        boundary(
            "boundary",
            """
            {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}""");

    assertThat(evaluate(request("iam:GetUser", ALICE), ADMIN, readIam).allowed()).isTrue();
    Decision create = evaluate(request("iam:CreateUser", ALICE), ADMIN, readIam);
    assertThat(create.effect()).isEqualTo(Effect.IMPLICIT_DENY);
    assertThat(create.missingAllow()).isEqualTo(PolicyKind.PERMISSIONS_BOUNDARY);
    // A boundary grants nothing by itself.
    Decision alone = evaluate(request("iam:GetUser", ALICE), readIam);
    assertThat(alone.missingAllow()).isEqualTo(PolicyKind.IDENTITY);
  }

  @Test
  void aSessionPolicyLimitsWhatTheRoleAllows() {
    AppliedPolicy onlyCloudTrail =
        session(
            """
            {"Effect": "Allow", "Action": "cloudtrail:*", "Resource": "*"}""");

    assertThat(evaluate(request("cloudtrail:LookupEvents", "*"), ADMIN, onlyCloudTrail).allowed())
        .isTrue();
    Decision iam = evaluate(request("iam:ListUsers", "*"), ADMIN, onlyCloudTrail);
    assertThat(iam.effect()).isEqualTo(Effect.IMPLICIT_DENY);
    assertThat(iam.missingAllow()).isEqualTo(PolicyKind.SESSION);
  }

  @Test
  void aDenyInABoundaryOrSessionPolicyIsExplicit() {
    AppliedPolicy boundaryDeny =
        boundary("b", "{\"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"*\"}");
    AppliedPolicy sessionDeny =
        session("{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}");

    assertThat(evaluate(request("iam:GetUser", "*"), ADMIN, boundaryDeny).deciding())
        .isEqualTo(boundaryDeny);
    assertThat(evaluate(request("s3:GetObject", "*"), ADMIN, sessionDeny).deciding())
        .isEqualTo(sessionDeny);
  }
}
