package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.ec2.Ec2Errors;

/**
 * The errors a throttled or failing AWS service answers, in each protocol's words and with the
 * status AWS uses, which is what the SDKs' retry logic keys on. botocore's {@code _retry.json}
 * treats {@code Throttling} and {@code ThrottlingException} with status 400, any 429, EC2's {@code
 * RequestLimitExceeded} with 503, and every 500 and 503 as retryable; SDK v2's {@code
 * AwsErrorCode.THROTTLING_ERROR_CODES} names {@code Throttling}, {@code ThrottlingException},
 * {@code RequestLimitExceeded} and {@code SlowDown}, so {@code isThrottlingException()} is true for
 * each answer here, and its retryable status codes are 500, 502, 503 and 504.
 */
final class FaultErrors {

  private static final String RATE = "Rate exceeded";

  private FaultErrors() {}

  static AwsException throttled(String service, Protocol protocol) {
    if (service.equals("s3")) {
      return new AwsException(503, "SlowDown", "Please reduce your request rate.");
    }
    return switch (protocol) {
      case QUERY -> new AwsException(400, "Throttling", RATE);
      // Answered 503, but the caller's doing: CloudTrail records Client.RequestLimitExceeded.
      case EC2 ->
          new AwsException(503, "RequestLimitExceeded", "Request limit exceeded.")
              .recordedAs("Client.RequestLimitExceeded");
      // awsJson, restJson and any protocol added later: the JSON front end's answer.
      default -> new AwsException(400, "ThrottlingException", RATE);
    };
  }

  static AwsException unavailable(String service, Protocol protocol, int status) {
    boolean internal = status == 500;
    if (service.equals("s3")) {
      return internal
          ? new AwsException(500, "InternalError", "We encountered an internal error.")
          : new AwsException(503, "ServiceUnavailable", "Service is unable to handle request.");
    }
    return switch (protocol) {
      case QUERY ->
          internal
              ? new AwsException(500, "InternalFailure", "An internal error occurred.")
              : new AwsException(503, "ServiceUnavailable", "Service Unavailable");
      case EC2 ->
          internal
              ? Ec2Errors.of(500, "InternalError", "An internal error has occurred")
              : Ec2Errors.of(503, "Unavailable", "The server is overloaded");
      case REST_JSON ->
          internal
              ? new AwsException(500, "InternalServerErrorException", "Internal server error")
              : new AwsException(503, "ServiceUnavailableException", "Service Unavailable");
      default ->
          internal
              ? new AwsException(500, "InternalFailure", "An internal error occurred.")
              : new AwsException(503, "ServiceUnavailableException", "Service Unavailable");
    };
  }
}
