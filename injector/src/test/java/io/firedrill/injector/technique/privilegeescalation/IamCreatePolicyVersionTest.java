package io.firedrill.injector.technique.privilegeescalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

class IamCreatePolicyVersionTest {

  @TempDir Path dir;

  @Test
  void theCiKeyMakesItselfAdministratorUntilCleanupRestoresItsPolicy() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamCreatePolicyVersion technique = new IamCreatePolicyVersion();
      AwsSession ciBot = playground.session("attacker", "ci-bot", null);
      IamClient iam = playground.control().iam();
      String policy = "arn:aws:iam::" + playground.baseline.accountId() + ":policy/ci-deploy";
      assertThatThrownBy(() -> ciBot.iam().listUsers()).isInstanceOf(IamException.class);

      List<ApiCall> calls =
          technique.detonate(
              ciBot, technique.parameters(Map.of()), playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactlyElementsOf(technique.info().eventNames());
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(ciBot.iam().listUsers().users()).isNotEmpty();

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(iam.listPolicyVersions(r -> r.policyArn(policy)).versions())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.versionId()).isEqualTo("v1");
                assertThat(v.isDefaultVersion()).isTrue();
              });
      assertThatThrownBy(() -> ciBot.iam().listUsers()).isInstanceOf(IamException.class);
    }
  }

  @Test
  void withoutTheRightToPublishVersionsNothingChanges() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamCreatePolicyVersion technique = new IamCreatePolicyVersion();
      IamClient iam = playground.control().iam();
      String policy = "arn:aws:iam::" + playground.baseline.accountId() + ":policy/ci-deploy";
      iam.putUserPolicy(
          r ->
              r.userName("ci-bot")
                  .policyName("no-versions")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                          + "\"Action\":\"iam:CreatePolicyVersion\",\"Resource\":\"*\"}]}"));

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "ci-bot", null),
              technique.parameters(Map.of("policyArn", policy)),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("allowed", "denied");
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(iam.listPolicyVersions(r -> r.policyArn(policy)).versions())
          .extracting(PolicyVersion::versionId)
          .containsExactly("v1");
    }
  }
}
