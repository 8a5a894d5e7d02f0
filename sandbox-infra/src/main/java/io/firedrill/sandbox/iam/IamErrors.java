package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.AwsException;

/**
 * IAM's errors, worded as IAM words them. On the wire IAM answers {@code NoSuchEntity}; CloudTrail
 * records the model's shape name, {@code NoSuchEntityException}.
 */
final class IamErrors {

  private IamErrors() {}

  static AwsException noSuchUser(String userName) {
    return iam(404, "NoSuchEntity", "The user with name " + userName + " cannot be found.");
  }

  static AwsException noSuchAccessKey(String accessKeyId) {
    return iam(404, "NoSuchEntity", "The Access Key with id " + accessKeyId + " cannot be found.");
  }

  static AwsException userExists(String userName) {
    return iam(409, "EntityAlreadyExists", "User with name " + userName + " already exists.");
  }

  static AwsException accessKeyQuota() {
    return iam(409, "LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 2");
  }

  static AwsException userHasKeys() {
    return iam(409, "DeleteConflict", "Cannot delete entity, must delete access keys first.");
  }

  /** A constraint the model declares, reported as AWS's request validation reports it. */
  static AwsException invalid(String member, String value, String constraint) {
    String shown = value == null ? "null" : "'" + value + "'";
    return new AwsException(
            400,
            "ValidationError",
            "1 validation error detected: Value "
                + shown
                + " at '"
                + member
                + "' failed to satisfy constraint: "
                + constraint)
        .recordedAs("ValidationException");
  }

  static AwsException missing(String member) {
    return invalid(member, null, "Member must not be null");
  }

  private static AwsException iam(int status, String code, String message) {
    return new AwsException(status, code, message).recordedAs(code + "Exception");
  }
}
