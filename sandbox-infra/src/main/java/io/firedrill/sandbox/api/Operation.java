package io.firedrill.sandbox.api;

import java.util.Objects;

/**
 * One API operation of a service.
 *
 * @param name the action or operation name, e.g. {@code CreateUser}
 * @param readOnly whether CloudTrail marks its events read-only
 * @param handler what the operation does
 * @param resource names the resource the operation acts on, for authorization
 * @param authorized whether the call is authorized at all; a few calls (GetCallerIdentity) never
 *     are, on AWS too, so that no policy can stop a caller from learning who it is
 * @param recordsDeniedInput whether a denied call keeps its requestParameters in CloudTrail; STS
 *     records a denied AssumeRole with none
 */
public record Operation(
    String name,
    boolean readOnly,
    Handler handler,
    ResourceNamer resource,
    boolean authorized,
    boolean recordsDeniedInput) {

  /** The resource of an operation that acts on no particular resource. */
  public static final ResourceNamer ANY_RESOURCE = call -> "*";

  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(resource, "resource");
  }

  /** Does the work of an operation; throws {@link AwsException} for the API's own errors. */
  @FunctionalInterface
  public interface Handler {
    Outcome handle(ApiCall call);
  }

  /**
   * The ARN an operation acts on, as IAM policies match it, e.g. the user ARN for {@code
   * iam:CreateUser}. Called before the operation runs and before its input is validated, so it must
   * not throw for odd input: it answers {@code *} or a best guess instead.
   */
  @FunctionalInterface
  public interface ResourceNamer {
    String arn(ApiCall call);
  }

  /** A read-only operation. */
  public static Operation read(String name, Handler handler) {
    return new Operation(name, true, handler, ANY_RESOURCE, true, true);
  }

  /** An operation that changes state. */
  public static Operation write(String name, Handler handler) {
    return new Operation(name, false, handler, ANY_RESOURCE, true, true);
  }

  /** This operation, acting on the resource {@code namer} names. */
  public Operation on(ResourceNamer namer) {
    return new Operation(name, readOnly, handler, namer, authorized, recordsDeniedInput);
  }

  /** This operation, which no policy can deny. */
  public Operation alwaysAllowed() {
    return new Operation(name, readOnly, handler, resource, false, recordsDeniedInput);
  }

  /** This operation, recorded without requestParameters when denied. */
  public Operation withoutInputWhenDenied() {
    return new Operation(name, readOnly, handler, resource, authorized, false);
  }
}
