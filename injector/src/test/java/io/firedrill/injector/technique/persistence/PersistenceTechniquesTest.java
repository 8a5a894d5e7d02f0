package io.firedrill.injector.technique.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.technique.Tags;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;

/** Each persistence technique leaves its door in the account, tagged, and cleanup removes it. */
class PersistenceTechniquesTest {

  @TempDir Path dir;

  @Test
  void anAdminUserIsCreatedTaggedAndRemoved() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamCreateAdminUser technique = new IamCreateAdminUser();
      List<ApiCall> calls =
          detonate(playground, technique, technique.parameters(Map.of("userName", "svc-backup")));
      IamClient iam = playground.control().iam();

      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(iam.listAttachedUserPolicies(r -> r.userName("svc-backup")).attachedPolicies())
          .extracting(p -> p.policyArn())
          .containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
      assertThat(iam.listAccessKeys(r -> r.userName("svc-backup")).accessKeyMetadata()).hasSize(1);
      assertThat(iam.getUser(r -> r.userName("svc-backup")).user().tags())
          .contains(Tag.builder().key(Tags.EXERCISE).value("test-exercise").build())
          .contains(Tag.builder().key(Tags.TECHNIQUE).value(technique.id()).build());

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThatThrownBy(() -> iam.getUser(r -> r.userName("svc-backup")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void aBackdoorKeyIsRemovedAndTheUsersOwnKeyKept() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamBackdoorUser technique = new IamBackdoorUser();
      IamClient iam = playground.control().iam();
      String ownKey = playground.baseline.accessKeys().get("blue-responder").accessKeyId();

      assertThat(
              detonate(
                  playground,
                  technique,
                  technique.parameters(Map.of("userName", "blue-responder"))))
          .extracting(ApiCall::outcome)
          .containsOnly("allowed");
      assertThat(iam.listAccessKeys(r -> r.userName("blue-responder")).accessKeyMetadata())
          .hasSize(2);

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(iam.listAccessKeys(r -> r.userName("blue-responder")).accessKeyMetadata())
          .extracting(k -> k.accessKeyId())
          .containsExactly(ownKey);
    }
  }

  @Test
  void aConsolePasswordIsGivenAndTakenAway() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamCreateLoginProfile technique = new IamCreateLoginProfile();
      IamClient iam = playground.control().iam();

      assertThat(
              detonate(
                  playground,
                  technique,
                  technique.parameters(Map.of("userName", "blue-responder"))))
          .extracting(ApiCall::outcome)
          .containsOnly("allowed");
      assertThat(iam.getLoginProfile(r -> r.userName("blue-responder")).loginProfile().userName())
          .isEqualTo("blue-responder");

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThatThrownBy(() -> iam.getLoginProfile(r -> r.userName("blue-responder")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  @Test
  void aBackdoorRoleTrustsTheOutsideAccountUntilCleanup() throws Exception {
    try (Playground playground = new Playground(dir)) {
      IamCreateBackdoorRole technique = new IamCreateBackdoorRole();
      IamClient iam = playground.control().iam();

      assertThat(
              detonate(
                  playground,
                  technique,
                  technique.parameters(
                      Map.of("roleName", "ops-automation", "trustedAccount", "999988887777"))))
          .extracting(ApiCall::outcome)
          .containsOnly("allowed");
      assertThat(
              java.net.URLDecoder.decode(
                  iam.getRole(r -> r.roleName("ops-automation")).role().assumeRolePolicyDocument(),
                  java.nio.charset.StandardCharsets.UTF_8))
          .contains("arn:aws:iam::999988887777:root");

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("ops-automation")))
          .isInstanceOf(NoSuchEntityException.class);
    }
  }

  private static <P> List<ApiCall> detonate(
      Playground playground, io.firedrill.injector.technique.Technique<P> technique, P parameters) {
    return technique.detonate(
        playground.session("attacker", "dev-frank", null),
        parameters,
        playground.ledger(technique.id()));
  }
}
