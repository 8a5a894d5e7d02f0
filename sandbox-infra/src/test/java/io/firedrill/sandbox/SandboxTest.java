package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

class SandboxTest {

  @Test
  void startsOnAFreePortWithTheDefaultsAndAnAdminIdentity() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        StsClient sts = SandboxClients.sts(sandbox, sandbox.adminCredentials())) {
      assertThat(sandbox.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(sandbox.endpoint().getPort()).isPositive();
      assertThat(sandbox.region()).isEqualTo("us-east-1");
      assertThat(sandbox.accountId()).isEqualTo("000000000000");
      assertThat(sandbox.adminCredentials().accessKeyId()).matches("AKIA[A-Z0-9]{16}");
      assertThat(sandbox.adminCredentials().secretAccessKey()).hasSize(40);

      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      assertThat(identity.account()).isEqualTo("000000000000");
      assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:user/firedrill-admin");
      assertThat(identity.userId()).matches("AIDA[A-Z0-9]{17}");
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
