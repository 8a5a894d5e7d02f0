package io.firedrill.sandbox.events;

import io.firedrill.sandbox.api.AwsException;

/** EventBridge's errors, as its awsJson1.1 answers name them. */
final class EventsErrors {

  private EventsErrors() {}

  static AwsException noRule(String name) {
    return new AwsException(
        400, "ResourceNotFoundException", "Rule " + name + " does not exist on EventBus default.");
  }

  static AwsException noBus(String name) {
    return new AwsException(
        400, "ResourceNotFoundException", "Event bus " + name + " does not exist.");
  }

  static AwsException noResource(String arn) {
    return new AwsException(400, "ResourceNotFoundException", "Resource " + arn + " not found.");
  }

  static AwsException invalidPattern(String reason) {
    return new AwsException(
        400, "InvalidEventPatternException", "Event pattern is not valid. Reason: " + reason);
  }

  static AwsException validation(String message) {
    return new AwsException(400, "ValidationException", message);
  }

  static AwsException ruleHasTargets() {
    return validation("Rule can't be deleted since it has targets.");
  }
}
