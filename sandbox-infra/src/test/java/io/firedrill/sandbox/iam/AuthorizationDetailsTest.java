package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

class AuthorizationDetailsTest {

  @Test
  void describesEveryEntityWithWhatIsAttachedToIt() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(c -> c.userName("detailed"));
      iam.createGroup(c -> c.groupName("detailers"));
      iam.addUserToGroup(a -> a.groupName("detailers").userName("detailed"));
      iam.putUserPolicy(
          p ->
              p.userName("detailed")
                  .policyName("inline")
                  .policyDocument(PolicyOperationsTest.LIST_USERS));
      String local =
          iam.createPolicy(c -> c.policyName("local").policyDocument(PolicyOperationsTest.GET_USER))
              .policy()
              .arn();
      iam.attachGroupPolicy(a -> a.groupName("detailers").policyArn(local));
      iam.createRole(
          c ->
              c.roleName("detailed-role")
                  .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));
      iam.attachRolePolicy(
          a -> a.roleName("detailed-role").policyArn("arn:aws:iam::aws:policy/SecurityAudit"));

      GetAccountAuthorizationDetailsResponse details = iam.getAccountAuthorizationDetails();

      UserDetail user =
          details.userDetailList().stream()
              .filter(u -> u.userName().equals("detailed"))
              .findFirst()
              .orElseThrow();
      assertThat(user.groupList()).containsExactly("detailers");
      assertThat(
              URLDecoder.decode(
                  user.userPolicyList().get(0).policyDocument(), StandardCharsets.UTF_8))
          .isEqualTo(PolicyOperationsTest.LIST_USERS);
      assertThat(details.userDetailList())
          .filteredOn(u -> u.userName().equals(Sandbox.ADMIN_USER))
          .singleElement()
          .satisfies(
              admin ->
                  assertThat(admin.attachedManagedPolicies())
                      .extracting(AttachedPolicy::policyArn)
                      .containsExactly(Sandbox.ADMINISTRATOR_ACCESS));
      assertThat(details.groupDetailList().get(0).attachedManagedPolicies())
          .extracting(AttachedPolicy::policyArn)
          .containsExactly(local);
      RoleDetail role = details.roleDetailList().get(0);
      assertThat(role.roleName()).isEqualTo("detailed-role");
      assertThat(role.assumeRolePolicyDocument()).startsWith("%7B");
      // AWS managed policies appear when something uses them; the account's own always.
      assertThat(details.policies())
          .extracting(ManagedPolicyDetail::arn)
          .containsExactlyInAnyOrder(
              Sandbox.ADMINISTRATOR_ACCESS, "arn:aws:iam::aws:policy/SecurityAudit", local);
      assertThat(details.policies())
          .filteredOn(p -> p.arn().equals(local))
          .singleElement()
          .satisfies(p -> assertThat(p.policyVersionList()).hasSize(1));

      GetAccountAuthorizationDetailsResponse rolesOnly =
          iam.getAccountAuthorizationDetails(g -> g.filter(EntityType.ROLE));
      assertThat(rolesOnly.userDetailList()).isEmpty();
      assertThat(rolesOnly.policies()).isEmpty();
      assertThat(rolesOnly.roleDetailList()).hasSize(1);
    }
  }
}
