package io.firedrill.sandbox;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.auth.AuthFailure;
import io.firedrill.sandbox.ec2.Ec2Errors;
import io.firedrill.sandbox.http.SandboxHttpServer;

/**
 * The errors AWS's front end answers before a service sees a request, in each protocol's words: the
 * query protocol and awsJson name the same failure differently, and use different statuses.
 */
final class GatewayErrors {

  private GatewayErrors() {}

  static AwsException of(AuthFailure failure, Protocol protocol) {
    if (protocol == Protocol.EC2) {
      return ec2(failure);
    }
    AwsException error = ofJsonOrQuery(failure, protocol);
    // restJson services answer the JSON front end's codes with 403, as their own models say a
    // caller that may not be let in is answered.
    return protocol == Protocol.REST_JSON && error.status() == 400
        ? new AwsException(403, error.code(), error.getMessage())
        : error;
  }

  private static AwsException ofJsonOrQuery(AuthFailure failure, Protocol protocol) {
    boolean query = protocol == Protocol.QUERY;
    return switch (failure.kind()) {
      case MISSING ->
          query
              ? new AwsException(
                  403, "MissingAuthenticationToken", "Request is missing Authentication Token")
              : new AwsException(
                  400, "MissingAuthenticationTokenException", "Missing Authentication Token");
      case INCOMPLETE ->
          new AwsException(
              400,
              query ? "IncompleteSignature" : "IncompleteSignatureException",
              failure.getMessage());
      case UNKNOWN_KEY ->
          query
              ? new AwsException(403, "InvalidClientTokenId", failure.getMessage())
              : new AwsException(400, "UnrecognizedClientException", failure.getMessage());
      case BAD_SIGNATURE ->
          query
              ? new AwsException(403, "SignatureDoesNotMatch", failure.getMessage())
              : new AwsException(400, "InvalidSignatureException", failure.getMessage());
      case EXPIRED_TOKEN ->
          query
              ? new AwsException(403, "ExpiredToken", failure.getMessage())
              : new AwsException(400, "ExpiredTokenException", failure.getMessage());
    };
  }

  static AwsException missingAuthentication(Protocol protocol) {
    return of(new AuthFailure(AuthFailure.Kind.MISSING, ""), protocol);
  }

  static AwsException tooLarge(Protocol protocol) {
    return new AwsException(
        413,
        protocol == Protocol.QUERY ? "RequestEntityTooLarge" : "RequestEntityTooLargeException",
        "Request body exceeds the limit of " + SandboxHttpServer.MAX_BODY_BYTES + " bytes.");
  }

  static AwsException unknownService(String service, Protocol protocol) {
    return new AwsException(
        400,
        protocol == Protocol.QUERY ? "InvalidAction" : "UnknownOperationException",
        "The sandbox does not emulate the service '" + service + "'.");
  }

  // CloudTrail records a denial as AccessDenied whichever protocol answered it.
  static AwsException accessDenied(Protocol protocol, String reason) {
    return switch (protocol) {
      case QUERY -> new AwsException(403, "AccessDenied", reason);
      case JSON ->
          new AwsException(400, "AccessDeniedException", reason).recordedAs("AccessDenied");
      case REST_JSON ->
          new AwsException(403, "AccessDeniedException", reason).recordedAs("AccessDenied");
      // AWS appends an encoded authorization message, which only STS can decode; left out.
      case EC2 ->
          Ec2Errors.of(
              403,
              "UnauthorizedOperation",
              "You are not authorized to perform this operation. " + reason);
    };
  }

  // EC2 answers an unknown or inactive key and a bad signature as one AuthFailure, status 401.
  private static AwsException ec2(AuthFailure failure) {
    return switch (failure.kind()) {
      case UNKNOWN_KEY, BAD_SIGNATURE ->
          new AwsException(
              401, "AuthFailure", "AWS was not able to validate the provided access credentials");
      case EXPIRED_TOKEN -> new AwsException(400, "RequestExpired", failure.getMessage());
      case MISSING, INCOMPLETE -> ofJsonOrQuery(failure, Protocol.QUERY);
    };
  }

  static AwsException internal() {
    return new AwsException(
        500, "InternalFailure", "The request processing has failed because of an unknown error.");
  }
}
