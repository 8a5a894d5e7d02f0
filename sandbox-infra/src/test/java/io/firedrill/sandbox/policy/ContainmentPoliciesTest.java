package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.TestPolicies.evaluate;
import static io.firedrill.sandbox.policy.TestPolicies.identity;
import static io.firedrill.sandbox.policy.TestPolicies.managed;
import static io.firedrill.sandbox.policy.TestPolicies.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The containment policies of AWS's incident-response guidance, used as a blue team uses them: on a
 * leaked key's user (or a compromised role) that has AdministratorAccess.
 */
class ContainmentPoliciesTest {

  private static final String FRANK = "arn:aws:iam::111122223333:user/dev-frank";
  private static final AppliedPolicy ADMIN = managed("AdministratorAccess", PolicyKind.IDENTITY);

  @Test
  void aDenyAllInlinePolicyStopsEverything() {
    AppliedPolicy denyAll =
        identity(
            FRANK + " (inline: deny-all)",
            """
            {"Sid": "DenyAll", "Effect": "Deny", "Action": "*", "Resource": "*"}""");

    for (String action : List.of("iam:CreateUser", "sts:GetCallerIdentity", "s3:GetObject")) {
      Decision decision = evaluate(request(action, "*"), ADMIN, denyAll);
      assertThat(decision.effect()).isEqualTo(Effect.EXPLICIT_DENY);
      assertThat(decision.deciding()).isEqualTo(denyAll);
      assertThat(decision.statementSid()).isEqualTo("DenyAll");
    }
  }

  @ParameterizedTest(name = "{0} under {1} -> denied {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          iam:CreateAccessKey     | AWSCompromisedKeyQuarantineV3 | true
          iam:CreateUser          | AWSCompromisedKeyQuarantineV3 | true
          iam:AttachUserPolicy    | AWSCompromisedKeyQuarantineV3 | true
          iam:PutUserPolicy       | AWSCompromisedKeyQuarantineV3 | true
          iam:DeleteAccessKey     | AWSCompromisedKeyQuarantineV3 | true
          iam:ListUsers           | AWSCompromisedKeyQuarantineV3 | true
          cloudtrail:LookupEvents | AWSCompromisedKeyQuarantineV3 | true
          ec2:RunInstances        | AWSCompromisedKeyQuarantineV3 | true
          s3:GetObject            | AWSCompromisedKeyQuarantineV3 | true
          sts:GetSessionToken     | AWSCompromisedKeyQuarantineV3 | true
          lightsail:CreateInstances | AWSCompromisedKeyQuarantineV3 | true
          iam:GetUser             | AWSCompromisedKeyQuarantineV3 | false
          iam:DeleteUserPolicy    | AWSCompromisedKeyQuarantineV3 | false
          sts:GetCallerIdentity   | AWSCompromisedKeyQuarantineV3 | false
          cloudtrail:StopLogging  | AWSCompromisedKeyQuarantineV3 | false
          iam:CreateAccessKey     | AWSCompromisedKeyQuarantineV2 | true
          organizations:CreateAccount | AWSCompromisedKeyQuarantineV2 | true
          guardduty:DeleteDetector | AWSCompromisedKeyQuarantineV2 | false
          """)
  void theQuarantinePolicyDeniesWhatAnAttackerWantsNext(
      String action, String quarantine, boolean denied) {
    AppliedPolicy policy = managed(quarantine, PolicyKind.IDENTITY);

    Decision decision = evaluate(request(action, "*"), ADMIN, policy);

    assertThat(decision.effect() == Effect.EXPLICIT_DENY).isEqualTo(denied);
    assertThat(decision.allowed()).isEqualTo(!denied);
    if (denied) {
      assertThat(decision.deciding()).isEqualTo(policy);
    }
  }

  @Test
  void revokingOlderSessionsDeniesSessionsIssuedBeforeAndAllowsThoseAfter() {
    // What the IAM console's "Revoke active sessions" attaches to a role.
    AppliedPolicy revoke =
        identity(
            "arn:aws:iam::111122223333:role/app (inline: AWSRevokeOlderSessions)",
            """
            {"Effect": "Deny", "Action": ["*"], "Resource": ["*"],
             "Condition": {"DateLessThan": {"aws:TokenIssueTime": "2024-05-01T12:00:00Z"}}}""");

    Decision stolen = evaluate(issuedAt("2024-05-01T09:30:00Z"), ADMIN, revoke);
    Decision fresh = evaluate(issuedAt("2024-05-01T12:05:00Z"), ADMIN, revoke);
    // Long-term keys carry no token issue time; the policy leaves them alone.
    Decision longTerm = evaluate(request("s3:ListAllMyBuckets", "*"), ADMIN, revoke);

    assertThat(stolen.effect()).isEqualTo(Effect.EXPLICIT_DENY);
    assertThat(fresh.allowed()).isTrue();
    assertThat(longTerm.allowed()).isTrue();
  }

  @ParameterizedTest(name = "from {0} via AWS service {1} -> denied {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          198.51.100.23 | false | true
          192.0.2.10    | false | false
          203.0.113.200 | false | false
          198.51.100.23 | true  | false
          """)
  void aSourceIpDenyStopsCallsFromOutsideTheOfficeRanges(
      String sourceIp, String viaAwsService, boolean denied) {
    AppliedPolicy officeOnly =
        identity(
            "arn:aws:iam::111122223333:policy/office-only",
            """
            {"Effect": "Deny", "Action": "*", "Resource": "*",
             "Condition": {"NotIpAddress": {"aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"]},
                           "Bool": {"aws:ViaAWSService": "false"}}}""");
    RequestContext request =
        request(
            "iam:CreateAccessKey",
            FRANK,
            Map.of("aws:SourceIp", List.of(sourceIp), "aws:ViaAWSService", List.of(viaAwsService)));

    assertThat(evaluate(request, ADMIN, officeOnly).effect() == Effect.EXPLICIT_DENY)
        .isEqualTo(denied);
  }

  private static RequestContext issuedAt(String time) {
    return request("s3:ListAllMyBuckets", "*", Map.of("aws:TokenIssueTime", List.of(time)));
  }
}
