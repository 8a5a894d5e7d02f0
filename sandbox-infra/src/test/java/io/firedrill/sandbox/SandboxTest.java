package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

class SandboxTest {

  @Test
  void startsOnAFreePortWithTheDefaultsAndAnAdminIdentity() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        StsClient sts = SandboxClients.sts(sandbox, sandbox.adminCredentials())) {
      assertThat(sandbox.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(sandbox.endpoint().getPort()).isPositive();
      assertThat(sandbox.region()).isEqualTo("us-east-1");
      assertThat(sandbox.accountId()).isEqualTo("000000000000");
      assertThat(sandbox.adminCredentials().accessKeyId()).matches("AKIA[A-Z2-7]{16}");
      assertThat(sandbox.adminCredentials().secretAccessKey()).hasSize(40);

      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      assertThat(identity.account()).isEqualTo("000000000000");
      assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:user/firedrill-admin");
      assertThat(identity.userId()).matches("AIDA[A-Z2-7]{17}");
    }
  }

  @Test
  void theAdminIsAnOrdinaryUserWithAdministratorAccess() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      assertThat(
              iam.listAttachedUserPolicies(l -> l.userName(Sandbox.ADMIN_USER)).attachedPolicies())
          .extracting(AttachedPolicy::policyArn)
          .containsExactly(Sandbox.ADMINISTRATOR_ACCESS);

      // Detaching it leaves the admin as powerless as any other user.
      iam.detachUserPolicy(
          d -> d.userName(Sandbox.ADMIN_USER).policyArn(Sandbox.ADMINISTRATOR_ACCESS));
      IamException denied = catchThrowableOfType(IamException.class, iam::listUsers);
      assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
    }
  }

  @Test
  void noPolicyStopsACallerFromAskingWhoItIs() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      String denyAll =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\","
              + "\"Resource\":\"*\"}]}";
      AwsBasicCredentials user = SandboxClients.newAdmin(sandbox, "walled");
      iam.putUserPolicy(p -> p.userName("walled").policyName("deny-all").policyDocument(denyAll));
      try (StsClient sts = SandboxClients.sts(sandbox, user)) {
        assertThat(sts.getCallerIdentity().arn()).endsWith(":user/walled");
        assertThat(
                catchThrowableOfType(
                        StsException.class,
                        () -> sts.getAccessKeyInfo(g -> g.accessKeyId(user.accessKeyId())))
                    .awsErrorDetails()
                    .errorCode())
            .isEqualTo("AccessDenied");
      }
    }
  }

  @Test
  void takesItsAccountAndRegionFromTheBuilder() {
    try (Sandbox sandbox =
            Sandbox.builder().port(0).accountId("123456789012").region("eu-west-3").start();
        StsClient sts = SandboxClients.sts(sandbox, sandbox.adminCredentials())) {
      assertThat(sandbox.region()).isEqualTo("eu-west-3");
      assertThat(sts.getCallerIdentity().arn())
          .isEqualTo("arn:aws:iam::123456789012:user/firedrill-admin");
    }
  }

  @Test
  void freesItsPortOnClose() {
    int port;
    try (Sandbox first = Sandbox.builder().port(0).start()) {
      port = first.endpoint().getPort();
    }
    try (Sandbox second = Sandbox.builder().port(port).start()) {
      assertThat(second.endpoint().getPort()).isEqualTo(port);
    }
  }

  @Test
  void eachSandboxHasItsOwnAdminKey() {
    try (Sandbox one = Sandbox.builder().port(0).start();
        Sandbox two = Sandbox.builder().port(0).start()) {
      assertThat(one.adminCredentials().accessKeyId())
          .isNotEqualTo(two.adminCredentials().accessKeyId());
    }
  }

  @Test
  void rejectsNonsenseSettings() {
    assertThatThrownBy(() -> Sandbox.builder().accountId("12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twelve digits");
    assertThatThrownBy(() -> Sandbox.builder().region("Mars"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sandbox.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
