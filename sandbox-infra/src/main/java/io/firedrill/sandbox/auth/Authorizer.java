package io.firedrill.sandbox.auth;

import java.util.Objects;

/**
 * Decides whether an authenticated caller may perform an action. The gateway asks after
 * authentication and before the operation runs; a denial answers AccessDenied and is recorded.
 *
 * <p>Today's only implementation allows everything. IAM policy evaluation (identity policies,
 * conditions on source IP and the like) will implement this interface without touching the gateway.
 */
@FunctionalInterface
public interface Authorizer {

  /** The decision for one request. */
  Decision authorize(AccessRequest request);

  /** Allows every authenticated caller every action. */
  static Authorizer allowAll() {
    return request -> Decision.ALLOW;
  }

  /**
   * What is being asked.
   *
   * @param caller who asks
   * @param action the IAM action, e.g. {@code cloudtrail:StopLogging}
   * @param sourceIp the apparent source IP, for {@code aws:SourceIp} conditions
   */
  record AccessRequest(Caller caller, String action, String sourceIp) {
    public AccessRequest {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * The answer.
   *
   * @param allowed whether the action may go ahead
   * @param reason why not, in AWS's words, when denied
   */
  record Decision(boolean allowed, String reason) {
    public static final Decision ALLOW = new Decision(true, "");

    public static Decision deny(String reason) {
      return new Decision(false, reason);
    }
  }
}
