package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.AwsException;

/**
 * IAM's errors, worded as IAM words them. On the wire IAM answers {@code NoSuchEntity}; CloudTrail
 * records the model's shape name, {@code NoSuchEntityException}.
 */
final class IamErrors {

  private IamErrors() {}

  static AwsException noSuchUser(String userName) {
    return noSuch("The user with name " + userName + " cannot be found.");
  }

  static AwsException noSuchGroup(String groupName) {
    return noSuch("The group with name " + groupName + " cannot be found.");
  }

  static AwsException noSuchRole(String roleName) {
    return noSuch("The role with name " + roleName + " cannot be found.");
  }

  static AwsException noSuchAccessKey(String accessKeyId) {
    return noSuch("The Access Key with id " + accessKeyId + " cannot be found.");
  }

  static AwsException noSuchLoginProfile(String userName) {
    return noSuch("Login Profile for User " + userName + " cannot be found.");
  }

  static AwsException noSuchPolicy(String arn) {
    return noSuch("Policy " + arn + " was not found.");
  }

  static AwsException notAttachable(String arn) {
    return noSuch("Policy " + arn + " does not exist or is not attachable.");
  }

  static AwsException noSuchVersion(String arn, String versionId) {
    return noSuch("Policy " + arn + " version " + versionId + " does not exist.");
  }

  /** An inline policy; {@code kind} is user, group or role. */
  static AwsException noSuchInline(String kind, String policyName) {
    return noSuch("The " + kind + " policy with name " + policyName + " cannot be found.");
  }

  static AwsException notInGroup(String userName, String groupName) {
    return noSuch("The user with name " + userName + " is not in group " + groupName + ".");
  }

  static AwsException noBoundary(String kind, String name) {
    return noSuch("The " + kind + " with name " + name + " has no permissions boundary.");
  }

  static AwsException userExists(String userName) {
    return iam(409, "EntityAlreadyExists", "User with name " + userName + " already exists.");
  }

  static AwsException groupExists(String groupName) {
    return iam(409, "EntityAlreadyExists", "Group with name " + groupName + " already exists.");
  }

  static AwsException roleExists(String roleName) {
    return iam(409, "EntityAlreadyExists", "Role with name " + roleName + " already exists.");
  }

  static AwsException policyExists(String policyName) {
    return iam(
        409,
        "EntityAlreadyExists",
        "A policy called " + policyName + " already exists. Duplicate names are not allowed.");
  }

  static AwsException loginProfileExists(String userName) {
    return iam(
        409, "EntityAlreadyExists", "Login Profile for user " + userName + " already exists.");
  }

  static AwsException accessKeyQuota() {
    return quota("AccessKeysPerUser", IamStore.MAX_KEYS_PER_USER);
  }

  /** A per-account or per-entity quota, e.g. {@code PoliciesPerUser}. */
  static AwsException quota(String name, int limit) {
    return iam(409, "LimitExceeded", "Cannot exceed quota for " + name + ": " + limit);
  }

  static AwsException versionQuota() {
    return iam(
        409,
        "LimitExceeded",
        "A managed policy can have up to "
            + Policies.MAX_VERSIONS
            + " versions. Before you create a new version, you must delete an existing version.");
  }

  static AwsException inlineSizeQuota(String kind, String name, int limit) {
    return iam(
        409,
        "LimitExceeded",
        "Maximum policy size of " + limit + " bytes exceeded for " + kind + " " + name);
  }

  static AwsException userHasKeys() {
    return deleteConflict("Cannot delete entity, must delete access keys first.");
  }

  /** A DeleteConflict; IAM words each cause of one differently. */
  static AwsException deleteConflict(String message) {
    return iam(409, "DeleteConflict", message);
  }

  static AwsException malformed(String message) {
    return iam(400, "MalformedPolicyDocument", message);
  }

  static AwsException invalidInput(String message) {
    return iam(400, "InvalidInput", message);
  }

  static AwsException invalidArn(String arn) {
    return invalidInput("ARN " + arn + " is not valid.");
  }

  static AwsException passwordPolicy() {
    return iam(
        400,
        "PasswordPolicyViolation",
        "Password does not conform to the account password policy.");
  }

  /** A constraint the model declares, reported as AWS's request validation reports it. */
  static AwsException invalid(String member, String value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    return validation(
        "1 validation error detected: Value "
            + shown
            + " at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }

  /** A ValidationError with IAM's own words. */
  static AwsException validation(String message) {
    return new AwsException(400, "ValidationError", message).recordedAs("ValidationException");
  }

  static AwsException missing(String member) {
    return invalid(member, null, "Member must not be null");
  }

  private static AwsException noSuch(String message) {
    return iam(404, "NoSuchEntity", message);
  }

  private static AwsException iam(int status, String code, String message) {
    return new AwsException(status, code, message).recordedAs(code + "Exception");
  }
}
