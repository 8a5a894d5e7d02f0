package io.firedrill.injector.aws;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;

/** Deletes an IAM role the way IAM requires: its policies first. */
public final class IamRoles {

  private IamRoles() {}

  public static void deleteWithEverything(IamClient iam, String roleName) {
    for (AttachedPolicy policy :
        iam.listAttachedRolePolicies(r -> r.roleName(roleName)).attachedPolicies()) {
      iam.detachRolePolicy(r -> r.roleName(roleName).policyArn(policy.policyArn()));
    }
    for (String name : iam.listRolePolicies(r -> r.roleName(roleName)).policyNames()) {
      iam.deleteRolePolicy(r -> r.roleName(roleName).policyName(name));
    }
    iam.deleteRole(r -> r.roleName(roleName));
  }
}
