package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.TestPolicies.evaluate;
import static io.firedrill.sandbox.policy.TestPolicies.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManagedPoliciesTest {

  @Test
  void knowsEachPolicyAtItsRealArn() {
    assertThat(ManagedPolicies.all())
        .containsOnlyKeys(
            "arn:aws:iam::aws:policy/AdministratorAccess",
            "arn:aws:iam::aws:policy/ReadOnlyAccess",
            "arn:aws:iam::aws:policy/IAMFullAccess",
            "arn:aws:iam::aws:policy/SecurityAudit",
            "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
            "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV2",
            "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3");
    assertThat(ManagedPolicies.find("arn:aws:iam::aws:policy/ReadOnlyAccess")).isPresent();
    assertThat(ManagedPolicies.find("arn:aws:iam::aws:policy/PowerUserAccess")).isEmpty();
  }

  @Test
  void theReadmeAccountsForEveryFile() throws IOException {
    String readme;
    try (InputStream in = ManagedPolicies.class.getResourceAsStream("managed/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    for (String arn : ManagedPolicies.all().keySet()) {
      String file = ManagedPolicies.resourceName(arn).substring("managed/".length());
      assertThat(readme).contains("| `" + file + "` | `" + arn + "` |");
    }
  }

  @ParameterizedTest(name = "{1} under {0} -> allowed {2}")
  @CsvSource(
      delimiterString = "|",
      textBlock =
          """
          AdministratorAccess        | iam:CreateUser                   | true
          AdministratorAccess        | guardduty:DeleteDetector         | true
          ReadOnlyAccess             | iam:GetUser                      | true
          ReadOnlyAccess             | iam:ListAccessKeys               | true
          ReadOnlyAccess             | cloudtrail:LookupEvents          | true
          ReadOnlyAccess             | cloudtrail:DescribeTrails        | true
          ReadOnlyAccess             | guardduty:GetFindings            | true
          ReadOnlyAccess             | s3:GetObject                     | true
          ReadOnlyAccess             | sqs:ReceiveMessage               | true
          ReadOnlyAccess             | logs:FilterLogEvents             | true
          ReadOnlyAccess             | iam:CreateUser                   | false
          ReadOnlyAccess             | cloudtrail:StopLogging           | false
          SecurityAudit              | iam:GetAccountAuthorizationDetails | true
          SecurityAudit              | guardduty:ListDetectors          | true
          SecurityAudit              | ec2:DescribeSecurityGroups       | true
          SecurityAudit              | s3:GetBucketPolicy               | true
          SecurityAudit              | s3:GetObject                     | false
          SecurityAudit              | iam:DeleteAccessKey              | false
          job-function/ViewOnlyAccess | iam:ListUsers                   | true
          job-function/ViewOnlyAccess | cloudtrail:LookupEvents         | true
          job-function/ViewOnlyAccess | iam:GetUser                     | false
          job-function/ViewOnlyAccess | s3:GetObject                    | false
          """)
  void grantsWhatAwsDocumentsThemToGrant(String name, String action, boolean allowed) {
    AppliedPolicy policy =
        new AppliedPolicy(
            "arn:aws:iam::aws:policy/" + name,
            PolicyKind.IDENTITY,
            ManagedPolicies.find("arn:aws:iam::aws:policy/" + name).orElseThrow());

    assertThat(evaluate(request(action, "*"), policy).allowed()).isEqualTo(allowed);
  }
}
