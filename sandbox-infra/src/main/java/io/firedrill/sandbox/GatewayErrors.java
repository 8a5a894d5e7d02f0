package io.firedrill.sandbox;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.auth.AuthFailure;
import io.firedrill.sandbox.http.SandboxHttpServer;

/**
 * The errors AWS's front end answers before a service sees a request, in each protocol's words: the
 * query protocol and awsJson name the same failure differently, and use different statuses.
 */
final class GatewayErrors {

  private GatewayErrors() {}

  static AwsException of(AuthFailure failure, Protocol protocol) {
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
    return protocol == Protocol.QUERY
        ? new AwsException(403, "AccessDenied", reason)
        : new AwsException(400, "AccessDeniedException", reason).recordedAs("AccessDenied");
  }

  static AwsException internal() {
    return new AwsException(
        500, "InternalFailure", "The request processing has failed because of an unknown error.");
  }
}
