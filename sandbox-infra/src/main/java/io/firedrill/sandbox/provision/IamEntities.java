package io.firedrill.sandbox.provision;

import java.util.function.Consumer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * Deletes an IAM user, role or managed policy that provisioning created, with what IAM insists goes
 * first: keys, login profile, group memberships, policies, non-default policy versions. A user
 * provisioning made is firedrill's, so whatever an exercise left on it goes with it.
 */
final class IamEntities {

  private final IamClient iam;
  private final Consumer<String> say;

  IamEntities(IamClient iam, Consumer<String> say) {
    this.iam = iam;
    this.say = say;
  }

  void deleteUser(String user) {
    iam.getUser(r -> r.userName(user));
    iam.listAccessKeys(r -> r.userName(user))
        .accessKeyMetadata()
        .forEach(
            key -> {
              iam.deleteAccessKey(r -> r.userName(user).accessKeyId(key.accessKeyId()));
              say.accept("deleted access key " + key.accessKeyId() + " of user " + user);
            });
    try {
      iam.deleteLoginProfile(r -> r.userName(user));
      say.accept("deleted the console password of user " + user);
    } catch (NoSuchEntityException none) {
      // Most users have none.
    }
    iam.listGroupsForUser(r -> r.userName(user))
        .groups()
        .forEach(g -> iam.removeUserFromGroup(r -> r.userName(user).groupName(g.groupName())));
    iam.listAttachedUserPolicies(r -> r.userName(user))
        .attachedPolicies()
        .forEach(p -> iam.detachUserPolicy(r -> r.userName(user).policyArn(p.policyArn())));
    iam.listUserPolicies(r -> r.userName(user))
        .policyNames()
        .forEach(name -> iam.deleteUserPolicy(r -> r.userName(user).policyName(name)));
    iam.deleteUser(r -> r.userName(user));
  }

  void deleteRole(String role) {
    iam.getRole(r -> r.roleName(role));
    iam.listAttachedRolePolicies(r -> r.roleName(role))
        .attachedPolicies()
        .forEach(p -> iam.detachRolePolicy(r -> r.roleName(role).policyArn(p.policyArn())));
    iam.listRolePolicies(r -> r.roleName(role))
        .policyNames()
        .forEach(name -> iam.deleteRolePolicy(r -> r.roleName(role).policyName(name)));
    iam.deleteRole(r -> r.roleName(role));
  }

  void deletePolicy(String arn) {
    iam.listPolicyVersions(r -> r.policyArn(arn)).versions().stream()
        .filter(v -> !v.isDefaultVersion())
        .forEach(v -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId(v.versionId())));
    iam.deletePolicy(r -> r.policyArn(arn));
  }
}
