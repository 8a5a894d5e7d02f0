package io.firedrill.injector.aws;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** Deletes an IAM user the way IAM requires: everything attached to it first. */
public final class IamUsers {

  private IamUsers() {}

  public static void deleteWithEverything(IamClient iam, String userName) {
    for (AccessKeyMetadata key :
        iam.listAccessKeys(r -> r.userName(userName)).accessKeyMetadata()) {
      iam.deleteAccessKey(r -> r.userName(userName).accessKeyId(key.accessKeyId()));
    }
    try {
      iam.deleteLoginProfile(r -> r.userName(userName));
    } catch (NoSuchEntityException none) {
      // Most users have no console password.
    }
    for (AttachedPolicy policy :
        iam.listAttachedUserPolicies(r -> r.userName(userName)).attachedPolicies()) {
      iam.detachUserPolicy(r -> r.userName(userName).policyArn(policy.policyArn()));
    }
    for (String name : iam.listUserPolicies(r -> r.userName(userName)).policyNames()) {
      iam.deleteUserPolicy(r -> r.userName(userName).policyName(name));
    }
    for (Group group : iam.listGroupsForUser(r -> r.userName(userName)).groups()) {
      iam.removeUserFromGroup(r -> r.userName(userName).groupName(group.groupName()));
    }
    iam.deleteUser(r -> r.userName(userName));
  }

  /** Deletes the user's keys that are not among those it had before (comma-separated ids). */
  public static void deleteKeysOtherThan(IamClient iam, String userName, String existing) {
    java.util.Set<String> keep =
        java.util.Set.of(existing == null ? new String[0] : existing.split(","));
    for (AccessKeyMetadata key :
        iam.listAccessKeys(r -> r.userName(userName)).accessKeyMetadata()) {
      if (!keep.contains(key.accessKeyId())) {
        iam.deleteAccessKey(r -> r.userName(userName).accessKeyId(key.accessKeyId()));
      }
    }
  }
}
