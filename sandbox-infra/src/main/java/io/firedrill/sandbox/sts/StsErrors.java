package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.api.AwsException;

/** STS's errors, worded as STS words them. */
final class StsErrors {

  private StsErrors() {}

  static AwsException missing(String member) {
    return invalid(member, null, "Member must not be null");
  }

  /** A constraint the model declares, reported as AWS's request validation reports it. */
  static AwsException invalid(String member, String value, String constraint) {
    return validation(
        "1 validation error detected: Value "
            + (value == null ? "null" : "'" + value + "'")
            + " at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }

  static AwsException validation(String message) {
    return new AwsException(400, "ValidationError", message);
  }

  static AwsException malformedPolicy(String message) {
    return new AwsException(400, "MalformedPolicyDocument", message)
        .recordedAs("MalformedPolicyDocumentException");
  }

  static AwsException packedPolicyTooLarge(int percent) {
    return new AwsException(
            400,
            "PackedPolicyTooLarge",
            "Packed policy consumes " + percent + "% of allotted space, please use smaller policy.")
        .recordedAs("PackedPolicyTooLargeException");
  }

  static AwsException accessDenied(String message) {
    return new AwsException(403, "AccessDenied", message);
  }
}
