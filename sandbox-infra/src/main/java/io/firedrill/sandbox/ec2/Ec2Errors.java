package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.AwsException;
import java.util.List;

/**
 * EC2's errors in its own words. CloudTrail records an EC2 error code with the side at fault in
 * front ({@code Client.InvalidInstanceID.NotFound}), unlike IAM's or STS's codes.
 */
public final class Ec2Errors {

  private Ec2Errors() {}

  /** An EC2 error answered with {@code status}, recorded as {@code Client.} or {@code Server.}. */
  public static AwsException of(int status, String code, String message) {
    return new AwsException(status, code, message)
        .recordedAs((status < 500 ? "Client." : "Server.") + code);
  }

  static AwsException client(String code, String message) {
    return of(400, code, message);
  }

  static AwsException missing(String parameter) {
    return client("MissingParameter", "The request must contain the parameter " + parameter);
  }

  static AwsException invalidValue(String value, String parameter) {
    return client("InvalidParameterValue", "Invalid value '" + value + "' for " + parameter + ".");
  }

  static AwsException instancesNotFound(List<String> ids) {
    return client(
        "InvalidInstanceID.NotFound",
        ids.size() == 1
            ? "The instance ID '" + ids.get(0) + "' does not exist"
            : "The instance IDs '" + String.join(", ", ids) + "' do not exist");
  }

  static AwsException malformedInstance(String id) {
    return client(
        "InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\" (expecting \"i-...\")");
  }

  static AwsException groupNotFound(String idOrName) {
    return client("InvalidGroup.NotFound", "The security group '" + idOrName + "' does not exist");
  }

  static AwsException groupNameNotFound(String name, String vpcId) {
    return client(
        "InvalidGroup.NotFound",
        "The security group '" + name + "' does not exist in default VPC '" + vpcId + "'");
  }

  static AwsException vcpuLimitExceeded(int limit) {
    return client(
        "VcpuLimitExceeded",
        "You have requested more vCPU capacity than your current vCPU limit of "
            + limit
            + " allows for the instance bucket that the specified instance type belongs to."
            + " Please visit http://aws.amazon.com/contact-us/ec2-request to request an"
            + " adjustment to this limit.");
  }

  static AwsException incorrectState(String id, String verb) {
    return client(
        "IncorrectInstanceState",
        "The instance '" + id + "' is not in a state from which it can be " + verb + ".");
  }
}
