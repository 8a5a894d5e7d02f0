package io.firedrill.sandbox.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyDocumentTest {

  /** Each row: the message IAM's MalformedPolicyDocument error gives, and a document earning it. */
  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(
      delimiterString = "||",
      textBlock =
          """
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": [
          Syntax errors in policy.  || []
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}} trailing
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Permit", "Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": true, "Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": 2012, "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:GetUser", "NotAction": "iam:ListUsers", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "arn:aws:s3:::x"}}
          Syntax errors in policy.  || {"Version": "2012-10-17"}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": []}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": ["Allow"]}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statements": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Actions": "*", "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": 42, "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["iam:GetUser", 42], "Resource": "*"}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqualz": {"aws:username": "a"}}}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": {"a": "b"}}}}}
          Syntax errors in policy.  || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": "aws:username"}}}
          Policy document should not specify a principal. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}}
          Policy document should not specify a principal. || {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "*", "Resource": "*"}}
          The policy failed legacy parsing || {"Version": "2012-10-17", "Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}
          The policy failed legacy parsing || {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:TokenIssueTime": "yesterday"}}}}
          Statement IDs (SID) in a single policy must be unique. || {"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "*", "Resource": "*"}]}
          Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]* || {"Version": "2012-10-17", "Statement": {"Sid": "deny-all", "Effect": "Deny", "Action": "*", "Resource": "*"}}
          Policy statement must contain actions. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Resource": "*"}}
          Policy statement must contain actions. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}}
          Policy statement must contain resources. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*"}}
          Resource iam must be in ARN format or "*". || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "iam"}}
          Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "CreateUser", "Resource": "*"}}
          Actions/Condition can contain only one colon. || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:Create:User", "Resource": "*"}}
          Vendor i@m is not valid || {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "i@m:CreateUser", "Resource": "*"}}
          """)
  void refusesWhatIamRefuses(String message, String json) {
    MalformedPolicyException refused =
        catchThrowableOfType(MalformedPolicyException.class, () -> PolicyDocument.parse(json));

    assertThat(refused).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Statement as an object, Action and Resource as strings.
        """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}}""",
        // As lists, with an Id, a Sid, NotAction and NotResource.
        """
        {"Version": "2012-10-17", "Id": "x", "Statement": [{"Sid": "A1", "Effect": "Deny", "NotAction": ["iam:Get*"], "NotResource": ["arn:aws:iam::111122223333:user/*"]}]}""",
        // The older version, and none at all.
        """
        {"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""",
        """
        {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""",
        // Condition values as JSON booleans and numbers; an unknown operator with nothing in it.
        """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": true}, "NumericLessThan": {"aws:MultiFactorAuthAge": 3600}, "Whatever": {}}}}""",
        // An empty Sid, a wildcard vendor.
        """
        {"Version": "2012-10-17", "Statement": {"Sid": "", "Effect": "Allow", "Action": "*:Get*", "Resource": "arn:aws:s3:::*"}}"""
      })
  void acceptsWhatIamAccepts(String json) {
    assertThat(PolicyDocument.parse(json).json()).isEqualTo(json);
  }

  @Test
  void readsVersionAndStatements() {
    PolicyDocument document =
        PolicyDocument.parse(
            """
            {"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"},
                           {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}""");

    assertThat(document.version()).isEqualTo("2008-10-17");
    assertThat(document.statements()).extracting(Statement::sid).containsExactly("A", null);
    assertThat(document.statements()).extracting(Statement::deny).containsExactly(false, true);
  }

  @Test
  void jsonNumbersAndBooleansInConditionsCompareAsText() {
    PolicyDocument document =
        PolicyDocument.parse(
            """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
             "Condition": {"Bool": {"aws:MultiFactorAuthPresent": true},
                           "NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}}}""");
    RequestContext request =
        new RequestContext(
            "iam:GetUser",
            "*",
            Map.of(
                "aws:MultiFactorAuthPresent", List.of("true"),
                "aws:MultiFactorAuthAge", List.of("60")));

    assertThat(
            PolicyEvaluator.evaluate(
                    request, List.of(new AppliedPolicy("p", PolicyKind.IDENTITY, document)))
                .allowed())
        .isTrue();
  }

  @Test
  void equalsByText() {
    String json =
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}";

    assertThat(PolicyDocument.parse(json)).isEqualTo(PolicyDocument.parse(json));
    assertThat(PolicyDocument.parse(json)).hasSameHashCodeAs(PolicyDocument.parse(json));
    assertThat(PolicyDocument.parse(json)).hasToString(json);
  }
}
