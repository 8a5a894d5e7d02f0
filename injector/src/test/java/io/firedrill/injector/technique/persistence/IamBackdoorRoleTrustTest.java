package io.firedrill.injector.technique.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.json.JsonMapper;

class IamBackdoorRoleTrustTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void addsTheOutsideAccountBesideTheOwnersAndCleanupRestoresTheOldTrust() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamBackdoorRoleTrust technique = new IamBackdoorRoleTrust();
      IamClient iam = playground.control().iam();
      String before = trust(iam);

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(
                  Map.of("roleName", "security-audit", "trustedAccount", "999988887777")),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("GetRole", "UpdateAssumeRolePolicy");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(trust(iam))
          .contains("arn:aws:iam::999988887777:root")
          .contains("arn:aws:iam::" + playground.baseline.accountId() + ":root");
      // The role still works for its owners: nothing looks broken.
      String assumed =
          playground
              .session("attacker", "dev-frank", null)
              .sts()
              .assumeRole(
                  r ->
                      r.roleArn(playground.baseline.roleArns().get("security-audit"))
                          .roleSessionName("audit"))
              .assumedRoleUser()
              .arn();
      assertThat(assumed).endsWith(":assumed-role/security-audit/audit");

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(JSON.readTree(trust(iam))).isEqualTo(JSON.readTree(before));
    }
  }

  private static String trust(IamClient iam) {
    return URLDecoder.decode(
        iam.getRole(r -> r.roleName("security-audit")).role().assumeRolePolicyDocument(),
        StandardCharsets.UTF_8);
  }
}
