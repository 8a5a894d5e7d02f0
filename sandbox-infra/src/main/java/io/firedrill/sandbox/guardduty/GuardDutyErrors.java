package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.AwsException;

/**
 * GuardDuty's errors: nearly every rejection is a BadRequestException, worded as GuardDuty does.
 */
final class GuardDutyErrors {

  private GuardDutyErrors() {}

  static AwsException badRequest(String message) {
    return new AwsException(400, "BadRequestException", message);
  }

  static AwsException detectorExists() {
    return badRequest(
        "The request is rejected because a detector already exists for the current account.");
  }

  static AwsException detectorNotOwned() {
    return badRequest(
        "The request is rejected because the input detectorId is not owned by the current"
            + " account.");
  }

  static AwsException missing(String member) {
    return badRequest(
        "The request is rejected because the required parameter '" + member + "' is missing.");
  }

  static AwsException invalid(String member, String why) {
    return badRequest("The request is rejected because the '" + member + "' " + why + ".");
  }
}
