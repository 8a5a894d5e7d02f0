package io.firedrill.sandbox.api;

import java.util.Objects;

/**
 * One API operation of a service.
 *
 * @param name the action or operation name, e.g. {@code CreateUser}
 * @param readOnly whether CloudTrail marks its events read-only
 * @param handler what the operation does
 */
public record Operation(String name, boolean readOnly, Handler handler) {

  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
  }

  /** Does the work of an operation; throws {@link AwsException} for the API's own errors. */
  @FunctionalInterface
  public interface Handler {
    Outcome handle(ApiCall call);
  }

  /** A read-only operation. */
  public static Operation read(String name, Handler handler) {
    return new Operation(name, true, handler);
  }

  /** An operation that changes state. */
  public static Operation write(String name, Handler handler) {
    return new Operation(name, false, handler);
  }
}
