package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.AwsException;

/** CloudTrail's errors, worded as CloudTrail words them. */
final class CloudTrailErrors {

  private CloudTrailErrors() {}

  static AwsException trailNotFound(String arn, String accountId) {
    return new AwsException(
        400, "TrailNotFoundException", "Unknown trail: " + arn + " for the user: " + accountId);
  }

  static AwsException trailExists(String name, String accountId) {
    return new AwsException(
        400,
        "TrailAlreadyExistsException",
        "Trail " + name + " already exists for customer: " + accountId);
  }

  static AwsException tooManyTrails(String accountId, String region) {
    return new AwsException(
        400,
        "MaximumNumberOfTrailsExceededException",
        "User: " + accountId + " already has 5 trails in " + region + ".");
  }

  static AwsException invalidName(String message) {
    return new AwsException(400, "InvalidTrailNameException", message);
  }

  static AwsException invalidArn(String value) {
    return new AwsException(400, "CloudTrailARNInvalidException", "Invalid trail ARN: " + value);
  }

  static AwsException missing(String member) {
    return new AwsException(
        400,
        "ValidationException",
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }

  static AwsException lookupAttributes(String message) {
    return new AwsException(400, "InvalidLookupAttributesException", message);
  }

  static AwsException maxResults() {
    return new AwsException(
        400, "InvalidMaxResultsException", "MaxResults must be between 1 and 50.");
  }

  static AwsException timeRange() {
    return new AwsException(
        400, "InvalidTimeRangeException", "Start time must be before or equal to end time.");
  }

  static AwsException nextToken() {
    return new AwsException(400, "InvalidNextTokenException", "Invalid NextToken.");
  }

  static AwsException eventCategory(String value) {
    return new AwsException(
        400, "InvalidEventCategoryException", "Invalid EventCategory: " + value);
  }
}
