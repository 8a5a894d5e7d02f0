package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RootUserTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCOUNT = "123456789012";
  private static final String ROOT_ARN = "arn:aws:iam::" + ACCOUNT + ":root";

  @TempDir Path dir;

  @Test
  void rootIsTheAccountItselfToGetCallerIdentity() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start();
        StsClient sts = SandboxClients.sts(sandbox, sandbox.rootCredentials())) {
      assertThat(sandbox.rootCredentials().accessKeyId()).startsWith("AKIA");
      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      assertThat(identity.arn()).isEqualTo(ROOT_ARN);
      assertThat(identity.userId()).isEqualTo(ACCOUNT);
      assertThat(identity.account()).isEqualTo(ACCOUNT);
    }
  }

  @Test
  void rootMayDoWhatNoPolicyAllowsAndIsRecordedAsRoot() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start()) {
      AwsBasicCredentials root = sandbox.rootCredentials();
      try (IamClient asAdmin = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
        // Nothing in the account grants anything to root: the admin's policy is the admin's.
        asAdmin.detachUserPolicy(
            d -> d.userName(Sandbox.ADMIN_USER).policyArn(Sandbox.ADMINISTRATOR_ACCESS));
      }
      try (IamClient iam = SandboxClients.iam(sandbox, root);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, root)) {
        iam.createUser(c -> c.userName("bob"));

        List<Event> byRoot =
            cloudTrail
                .lookupEvents(
                    l ->
                        l.lookupAttributes(
                            a ->
                                a.attributeKey(LookupAttributeKey.USERNAME).attributeValue("root")))
                .events();
        assertThat(byRoot).extracting(Event::eventName).contains("CreateUser");
        Event created =
            byRoot.stream().filter(e -> e.eventName().equals("CreateUser")).findFirst().get();
        assertThat(created.username()).isEqualTo("root");
        JsonNode identity = JSON.readTree(created.cloudTrailEvent()).get("userIdentity");
        assertThat(identity.propertyNames())
            .containsExactly("type", "principalId", "arn", "accountId", "accessKeyId");
        assertThat(identity.get("type").asString()).isEqualTo("Root");
        assertThat(identity.get("principalId").asString()).isEqualTo(ACCOUNT);
        assertThat(identity.get("arn").asString()).isEqualTo(ROOT_ARN);
        assertThat(identity.get("accountId").asString()).isEqualTo(ACCOUNT);
        assertThat(identity.get("accessKeyId").asString()).isEqualTo(root.accessKeyId());
      }
    }
  }

  @Test
  void rootIsNoIamUserAndOwnsNoUsersKey() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      String rootKey = sandbox.rootCredentials().accessKeyId();
      List<User> users = iam.listUsers().users();
      assertThat(users).extracting(User::userName).containsExactly(Sandbox.ADMIN_USER);
      assertThat(users).extracting(User::arn).doesNotContain(sandbox.accountId() + ":root");
      for (User user : users) {
        assertThat(iam.listAccessKeys(l -> l.userName(user.userName())).accessKeyMetadata())
            .noneMatch(key -> key.accessKeyId().equals(rootKey));
      }
    }
  }

  @Test
  void rootMayNotAssumeARoleEvenWhenTrusted() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      String role = SandboxClients.newRole(sandbox, "ops", sandbox.accountId());
      assertThatThrownBy(
              () -> SandboxClients.assume(sandbox, sandbox.rootCredentials(), role, "root"))
          .isInstanceOf(StsException.class)
          .hasMessageContaining("Roles may not be assumed by root accounts.");
    }
  }

  @Test
  void aRestartedSandboxKeepsTheRootKey() {
    AwsBasicCredentials root;
    try (Sandbox first = Sandbox.builder().port(0).stateDir(dir).start()) {
      root = first.rootCredentials();
    }
    try (Sandbox second = Sandbox.builder().port(0).stateDir(dir).start();
        StsClient sts = SandboxClients.sts(second, root)) {
      assertThat(second.rootCredentials()).isEqualTo(root);
      assertThat(sts.getCallerIdentity().arn())
          .isEqualTo("arn:aws:iam::" + second.accountId() + ":root");
    }
  }
}
