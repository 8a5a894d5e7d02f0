package io.firedrill.sandbox.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether an authenticated caller may perform an action. The gateway asks after
 * authentication and before the operation runs; a denial answers AccessDenied and is recorded.
 *
 * <p>The sandbox's own implementation evaluates the caller's IAM policies; {@link #allowAll()} is
 * for tests that are about something else.
 */
@FunctionalInterface
public interface Authorizer {

  /** The verdict on one request. */
  Verdict authorize(AccessRequest request);

  /** Allows every authenticated caller every action. */
  static Authorizer allowAll() {
    return request -> Verdict.ALLOW;
  }

  /**
   * What is being asked.
   *
   * @param caller who asks
   * @param action the IAM action, e.g. {@code cloudtrail:StopLogging}
   * @param resource the ARN of the resource acted on, or {@code *}
   * @param sourceIp the apparent source IP, for {@code aws:SourceIp} conditions
   * @param region the region the request was signed for, for {@code aws:RequestedRegion}
   * @param time when the request arrived, for {@code aws:CurrentTime}
   */
  record AccessRequest(
      Caller caller, String action, String resource, String sourceIp, String region, Instant time) {
    public AccessRequest {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(time, "time");
    }
  }

  /**
   * The answer.
   *
   * @param allowed whether the action may go ahead
   * @param reason why not, in AWS's words, when denied
   */
  record Verdict(boolean allowed, String reason) {
    public static final Verdict ALLOW = new Verdict(true, "");

    public static Verdict deny(String reason) {
      return new Verdict(false, reason);
    }
  }
}
