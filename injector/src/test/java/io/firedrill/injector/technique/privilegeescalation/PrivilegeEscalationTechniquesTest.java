package io.firedrill.injector.technique.privilegeescalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/** Privilege escalation on oneself, and cleanup that takes back exactly what it gave. */
class PrivilegeEscalationTechniquesTest {

  @TempDir Path dir;

  @Test
  void attachingAdminToOneselfIsUndone() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamAttachAdminPolicySelf technique = new IamAttachAdminPolicySelf();
      IamClient iam = playground.control().iam();
      // A developer who may manage IAM but is no administrator: the escalation's starting point.
      iam.putUserPolicy(
          r ->
              r.userName("dev-frank")
                  .policyName("iam-admin")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}"));
      iam.detachUserPolicy(r -> r.userName("dev-frank").policyArn(IamAttachAdminPolicySelf.ADMIN));

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("GetCallerIdentity", "ListAttachedUserPolicies", "AttachUserPolicy");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(attached(iam, "dev-frank")).containsExactly(IamAttachAdminPolicySelf.ADMIN);
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(attached(iam, "dev-frank")).isEmpty();
    }
  }

  @Test
  void attachingWhatIsAlreadyAttachedLeavesCleanupNothingToTakeAway() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamAttachAdminPolicySelf technique = new IamAttachAdminPolicySelf();
      IamClient iam = playground.control().iam();

      technique.detonate(
          playground.session("attacker", "dev-frank", null),
          technique.parameters(Map.of()),
          playground.ledger(technique.id()));

      assertThat(playground.cleanup().undone()).isEmpty();
      assertThat(attached(iam, "dev-frank")).contains(IamAttachAdminPolicySelf.ADMIN);
    }
  }

  @Test
  void anInlineAllowAllIsPutAndRemoved() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamPutUserPolicySelf technique = new IamPutUserPolicySelf();
      IamClient iam = playground.control().iam();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(iam.listUserPolicies(r -> r.userName("dev-frank")).policyNames())
          .contains("billing-readonly");
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(iam.listUserPolicies(r -> r.userName("dev-frank")).policyNames())
          .doesNotContain("billing-readonly");
    }
  }

  private static List<String> attached(IamClient iam, String user) {
    return iam.listAttachedUserPolicies(r -> r.userName(user)).attachedPolicies().stream()
        .map(p -> p.policyArn())
        .toList();
  }
}
