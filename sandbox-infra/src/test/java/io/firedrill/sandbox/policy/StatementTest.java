package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.TestPolicies.ALICE;
import static io.firedrill.sandbox.policy.TestPolicies.evaluate;
import static io.firedrill.sandbox.policy.TestPolicies.identity;
import static io.firedrill.sandbox.policy.TestPolicies.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a statement applies: its Action or NotAction, Resource or NotResource, and variables. */
class StatementTest {

  private static final AppliedPolicy ADMIN =
      identity("admin", "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}");

  @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          "Action": "iam:CreateUser"                | iam:createuser  | *                           | true
          "Action": "IAM:CreateUser"                | iam:CreateUser  | *                           | true
          "Action": ["s3:Get*", "iam:List*"]        | iam:ListUsers   | *                           | true
          "Action": "iam:Get*"                      | iam:ListUsers   | *                           | false
          "NotAction": "iam:*"                      | s3:GetObject    | *                           | true
          "NotAction": "iam:*"                      | iam:GetUser     | *                           | false
          "NotAction": ["iam:*", "sts:*"]           | sts:GetSessionToken | *                       | false
          """)
  void matchesActions(String actionElement, String action, String resource, boolean allowed) {
    AppliedPolicy policy =
        identity("p", "{\"Effect\": \"Allow\", " + actionElement + ", \"Resource\": \"*\"}");

    assertThat(evaluate(request(action, resource), policy).allowed()).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          "Resource": "arn:aws:iam::111122223333:user/*"      | arn:aws:iam::111122223333:user/alice  | true
          "Resource": "arn:aws:iam::111122223333:user/*"      | arn:aws:iam::111122223333:role/admin  | false
          "Resource": "arn:aws:iam::111122223333:user/*"      | *                                     | false
          "Resource": "arn:aws:iam::111122223333:user/ALICE"  | arn:aws:iam::111122223333:user/alice  | false
          "Resource": "arn:aws:iam::*:user/al?ce"             | arn:aws:iam::111122223333:user/alice  | true
          "NotResource": "arn:aws:iam::*:role/*"              | arn:aws:iam::111122223333:user/alice  | true
          "NotResource": "arn:aws:iam::*:role/*"              | arn:aws:iam::111122223333:role/admin  | false
          "NotResource": ["arn:aws:s3:::*", "arn:aws:iam::*:role/*"] | arn:aws:s3:::logs           | false
          """)
  void matchesResources(String resourceElement, String resource, boolean allowed) {
    AppliedPolicy policy =
        identity("p", "{\"Effect\": \"Allow\", \"Action\": \"iam:*\", " + resourceElement + "}");

    assertThat(evaluate(request("iam:GetUser", resource), policy).allowed()).isEqualTo(allowed);
  }

  @Test
  void aDenyWithNotActionDeniesEverythingElse() {
    AppliedPolicy onlyReadIam =
        identity(
            "mfa",
            """
            {"Effect": "Deny", "NotAction": ["iam:Get*", "iam:List*"], "Resource": "*"}""");

    assertThat(evaluate(request("iam:ListUsers", "*"), ADMIN, onlyReadIam).allowed()).isTrue();
    assertThat(evaluate(request("ec2:RunInstances", "*"), ADMIN, onlyReadIam).effect())
        .isEqualTo(Effect.EXPLICIT_DENY);
  }

  @Test
  void fillsInPolicyVariablesFromTheRequest() {
    AppliedPolicy ownKeys =
        identity(
            "own",
            """
            {"Effect": "Allow", "Action": "iam:*AccessKey*",
             "Resource": "arn:aws:iam::111122223333:user/${aws:username}"}""");
    Map<String, List<String>> alice = Map.of("aws:username", List.of("alice"));

    assertThat(evaluate(request("iam:CreateAccessKey", ALICE, alice), ownKeys).allowed()).isTrue();
    assertThat(
            evaluate(
                    request("iam:CreateAccessKey", "arn:aws:iam::111122223333:user/bob", alice),
                    ownKeys)
                .allowed())
        .isFalse();
    // Without the key the variable resolves to nothing, and the statement matches nothing.
    assertThat(evaluate(request("iam:CreateAccessKey", ALICE), ownKeys).allowed()).isFalse();
  }

  @Test
  void fillsInVariablesInConditionValues() {
    AppliedPolicy sameTeam =
        identity(
            "team",
            """
            {"Effect": "Allow", "Action": "*", "Resource": "*",
             "Condition": {"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}}""");

    Map<String, List<String>> match =
        Map.of("aws:PrincipalTag/team", List.of("blue"), "aws:ResourceTag/team", List.of("blue"));
    Map<String, List<String>> differ =
        Map.of("aws:PrincipalTag/team", List.of("blue"), "aws:ResourceTag/team", List.of("red"));
    assertThat(evaluate(request("ec2:StopInstances", "*", match), sameTeam).allowed()).isTrue();
    assertThat(evaluate(request("ec2:StopInstances", "*", differ), sameTeam).allowed()).isFalse();
  }

  @Test
  void version2008TakesVariablesLiterally() {
    AppliedPolicy old =
        new AppliedPolicy(
            "old",
            PolicyKind.IDENTITY,
            PolicyDocument.parse(
                """
                {"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "iam:*",
                 "Resource": "arn:aws:iam::111122223333:user/${aws:username}"}}"""));
    Map<String, List<String>> alice = Map.of("aws:username", List.of("alice"));

    assertThat(evaluate(request("iam:GetUser", ALICE, alice), old).allowed()).isFalse();
    assertThat(
            evaluate(
                    request("iam:GetUser", "arn:aws:iam::111122223333:user/${aws:username}", alice),
                    old)
                .allowed())
        .isTrue();
  }
}
