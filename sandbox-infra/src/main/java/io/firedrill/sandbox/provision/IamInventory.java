package io.firedrill.sandbox.provision;

import java.util.SortedSet;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;

/** The IAM lines of an {@link Inventory}: users, keys, groups, roles, policies and attachments. */
final class IamInventory {

  private IamInventory() {}

  static void add(IamClient iam, SortedSet<String> items) {
    iam.listUsersPaginator(r -> {})
        .users()
        .forEach(
            user -> {
              String name = user.userName();
              items.add("iam-user " + name);
              iam.listAccessKeys(r -> r.userName(name))
                  .accessKeyMetadata()
                  .forEach(
                      k ->
                          items.add(
                              "iam-access-key "
                                  + name
                                  + "/"
                                  + k.accessKeyId()
                                  + " "
                                  + k.statusAsString()));
              iam.listAttachedUserPolicies(r -> r.userName(name))
                  .attachedPolicies()
                  .forEach(p -> items.add("iam-user-attached " + name + " " + p.policyArn()));
              iam.listUserPolicies(r -> r.userName(name))
                  .policyNames()
                  .forEach(p -> items.add("iam-user-inline " + name + " " + p));
              iam.listGroupsForUser(r -> r.userName(name))
                  .groups()
                  .forEach(g -> items.add("iam-group-member " + g.groupName() + " " + name));
              try {
                iam.getLoginProfile(r -> r.userName(name));
                items.add("iam-login-profile " + name);
              } catch (NoSuchEntityException none) {
                // No console password: the usual case.
              }
            });
    iam.listGroupsPaginator(r -> {}).groups().forEach(g -> items.add("iam-group " + g.groupName()));
    iam.listRolesPaginator(r -> {})
        .roles()
        .forEach(
            role -> {
              String name = role.roleName();
              items.add("iam-role " + name);
              iam.listAttachedRolePolicies(r -> r.roleName(name))
                  .attachedPolicies()
                  .forEach(p -> items.add("iam-role-attached " + name + " " + p.policyArn()));
              iam.listRolePolicies(r -> r.roleName(name))
                  .policyNames()
                  .forEach(p -> items.add("iam-role-inline " + name + " " + p));
            });
    iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.LOCAL))
        .policies()
        .forEach(
            p -> {
              items.add("iam-policy " + p.arn());
              iam.listPolicyVersions(r -> r.policyArn(p.arn()))
                  .versions()
                  .forEach(
                      v ->
                          items.add(
                              "iam-policy-version "
                                  + p.arn()
                                  + " "
                                  + v.versionId()
                                  + (v.isDefaultVersion() ? " default" : "")));
            });
  }
}
