package io.firedrill.injector.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

class AccountChecksTest {

  private static final String ACCOUNT = "111122223333";

  @Test
  void theManagementAccountOfAnOrganizationIsRefusedAndAnAccountInNoneIsNot() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start();
        OrganizationsClient orgs = orgs(sandbox, sandbox.adminCredentials())) {
      assertThat(AccountChecks.organization(orgs, ACCOUNT))
          .isEqualTo("account 111122223333 is in no AWS Organization");

      String id = orgs.createOrganization(r -> {}).organization().id();

      assertThatThrownBy(() -> AccountChecks.organization(orgs, ACCOUNT))
          .isInstanceOf(TargetRefusedException.class)
          .hasMessageContaining(
              "account 111122223333 is the management account of AWS Organization " + id);
      // Another account of the same organization is a member: allowed.
      assertThat(AccountChecks.organization(orgs, "444455556666"))
          .isEqualTo("account 444455556666 is a member of AWS Organization " + id);
    }
  }

  @Test
  void anAccountThatMayNotDescribeItsOrganizationIsTakenForAMember() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start()) {
      AwsBasicCredentials nobody = user(sandbox, "nobody");
      try (OrganizationsClient orgs = orgs(sandbox, nobody)) {
        assertThat(AccountChecks.organization(orgs, ACCOUNT))
            .contains("may not call organizations:DescribeOrganization (AccessDenied)")
            .contains("member account");
      }
    }
  }

  @Test
  void anAccountWithoutTheTaggedMarkerRoleIsRefused() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start();
        IamClient iam = iam(sandbox, sandbox.adminCredentials())) {
      assertThatThrownBy(() -> AccountChecks.sandboxMarker(iam, ACCOUNT))
          .isInstanceOf(TargetRefusedException.class)
          .hasMessageContaining("account 111122223333 has no IAM role firedrill-sandbox")
          .hasMessageContaining("'firedrill sandbox provision' creates it");

      iam.createRole(
          r ->
              r.roleName("firedrill-sandbox")
                  .assumeRolePolicyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                          + "\"Action\":\"sts:AssumeRole\"}]}"));
      assertThatThrownBy(() -> AccountChecks.sandboxMarker(iam, ACCOUNT))
          .hasMessageContaining("has the role firedrill-sandbox but without the tag");

      iam.tagRole(
          r -> r.roleName("firedrill-sandbox").tags(t -> t.key("firedrill:sandbox").value("no")));
      assertThatThrownBy(() -> AccountChecks.sandboxMarker(iam, ACCOUNT))
          .hasMessageContaining("its tag firedrill:sandbox is 'no'");

      iam.tagRole(
          r -> r.roleName("firedrill-sandbox").tags(t -> t.key("firedrill:sandbox").value("true")));
      assertThatCode(() -> AccountChecks.sandboxMarker(iam, ACCOUNT)).doesNotThrowAnyException();
    }
  }

  private static AwsBasicCredentials user(Sandbox sandbox, String name) {
    try (IamClient iam = iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(r -> r.userName(name));
      AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
  }

  static OrganizationsClient orgs(Sandbox sandbox, AwsCredentials credentials) {
    return OrganizationsClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  static IamClient iam(Sandbox sandbox, AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
