package io.firedrill.scoring.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.scoring.policy.ScorerPolicy;
import io.firedrill.scoring.policy.ScorerResources;
import io.firedrill.scoring.telemetry.Accounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.IamException;

/** The containment probes, signed by a scorer identity that holds only the scorer's policy. */
class ProbesWithScorerPolicyTest {

  private static AwsBasicCredentials scorer(Sandbox sandbox, String name, PolicyDocument policy) {
    try (IamClient iam = Accounts.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(r -> r.userName(name));
      String arn =
          iam.createPolicy(r -> r.policyName(name).policyDocument(policy.toJson())).policy().arn();
      iam.attachUserPolicy(r -> r.userName(name).policyArn(arn));
      AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
  }

  @Test
  void everyProbeGetsItsAnswerAndWithoutGetUserTheUserProbeIsRefused() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      try (GuardDutyClient guardDuty = Accounts.guardDuty(sandbox, sandbox.adminCredentials());
          IamClient admin = Accounts.iam(sandbox, sandbox.adminCredentials())) {
        if (guardDuty.listDetectors().detectorIds().isEmpty()) {
          guardDuty.createDetector(r -> r.enable(true));
        }
        admin.createUser(r -> r.userName("svc-backup"));
      }
      PolicyDocument policy =
          ScorerPolicy.of(
              new ScorerResources(
                  sandbox.accountId(), sandbox.region(), List.of("trail-bucket"), null));

      try (Probes probes =
          new Probes(sandbox.endpoint(), sandbox.region(), scorer(sandbox, "scorer", policy))) {
        assertThat(probes.user("svc-backup"))
            .extracting(ProbeResult::passed, ProbeResult::detail)
            .containsExactly(false, "the user still exists");
        assertThat(probes.user("gone"))
            .extracting(ProbeResult::passed, ProbeResult::detail)
            .containsExactly(true, "GetUser: NoSuchEntity");
        assertThat(probes.trail("trail").detail()).isEqualTo("IsLogging: true");
        assertThat(probes.detector().passed()).isTrue();
        // The key probe signs with the leaked key, not the scorer's: no scorer permission.
        assertThat(probes.key("dev-frank", frank).detail()).contains("still works");
      }

      try (Probes probes =
          new Probes(
              sandbox.endpoint(),
              sandbox.region(),
              scorer(sandbox, "scorer-less", policy.without("iam:GetUser")))) {
        IamException refused =
            catchThrowableOfType(IamException.class, () -> probes.user("svc-backup"));
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(probes.trail("trail").detail()).isEqualTo("IsLogging: true");
      }
    }
  }
}
