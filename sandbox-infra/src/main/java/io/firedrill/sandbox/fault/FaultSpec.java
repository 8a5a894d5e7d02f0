package io.firedrill.sandbox.fault;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One fault to set: what it does, to which calls, and for how long. Build one with the static
 * factories; {@link #lasting(Duration)} bounds it in time.
 *
 * @param kind what the fault does
 * @param service the signing names of the services it touches ({@code ec2}, {@code iam}, {@code
 *     s3}...), {@code *} and {@code ?} as wildcards; {@code *} for the account-wide kinds
 * @param operation the operation names it touches ({@code Describe*}), wildcards as for services
 * @param rate for a throttle: the fraction of matching calls refused, 0 to 1, or null
 * @param perSecond for a throttle: the calls per second let through (a token bucket holding one
 *     second's worth), or null
 * @param seed for a fractional throttle: the seed that makes which calls are refused repeatable
 * @param delay the latency added, or the delay telemetry or IAM changes take; null otherwise
 * @param status for {@link Kind#UNAVAILABLE}: 500 (an internal error) or 503 (unavailable)
 * @param lasting how long the fault holds once set; null until it is cleared
 */
public record FaultSpec(
    Kind kind,
    String service,
    String operation,
    Double rate,
    Double perSecond,
    long seed,
    Duration delay,
    int status,
    Duration lasting) {

  /** What a fault does. */
  public enum Kind {
    /** Refuses a share of matching calls with the protocol's throttling error. */
    THROTTLE,
    /** Holds every matching call for {@code delay} before serving it. */
    LATENCY,
    /** Answers every matching call with a 5xx error. */
    UNAVAILABLE,
    /** IAM changes that take access away work only {@code delay} after they are made. */
    IAM_CONSISTENCY,
    /** A recorded call reaches CloudTrail's LookupEvents {@code delay} after it was made. */
    TRAIL_DELAY,
    /** A GuardDuty finding becomes visible {@code delay} after the activity that raised it. */
    FINDING_DELAY;

    /** The name on the control API: {@code iam-consistency} for {@link #IAM_CONSISTENCY}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Kind ofWireName(String name) {
      for (Kind kind : values()) {
        if (kind.wireName().equals(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "unknown fault kind '"
              + name
              + "'; one of throttle, latency, unavailable,"
              + " iam-consistency, trail-delay, finding-delay");
    }

    boolean perCall() {
      return this == THROTTLE || this == LATENCY || this == UNAVAILABLE;
    }
  }

  public FaultSpec {
    Objects.requireNonNull(kind, "kind");
    service = service == null || service.isBlank() ? "*" : service;
    operation = operation == null || operation.isBlank() ? "*" : operation;
    if (!kind.perCall() && !(service.equals("*") && operation.equals("*"))) {
      throw new IllegalArgumentException(kind.wireName() + " holds for the whole account");
    }
    if (kind == Kind.THROTTLE) {
      if ((rate == null) == (perSecond == null)) {
        throw new IllegalArgumentException("a throttle has either a rate or a perSecond");
      }
      if (rate != null && !(rate > 0 && rate <= 1)) {
        throw new IllegalArgumentException("a throttle's rate is above 0 and at most 1: " + rate);
      }
      if (perSecond != null && !(perSecond > 0)) {
        throw new IllegalArgumentException("perSecond must be above 0: " + perSecond);
      }
    } else if (rate != null || perSecond != null) {
      throw new IllegalArgumentException("only a throttle has a rate");
    }
    boolean delayed = kind != Kind.THROTTLE && kind != Kind.UNAVAILABLE;
    if (delayed && (delay == null || delay.isNegative())) {
      throw new IllegalArgumentException(kind.wireName() + " needs a delay of zero or more");
    }
    if (!delayed && delay != null) {
      throw new IllegalArgumentException(kind.wireName() + " has no delay");
    }
    if (kind == Kind.UNAVAILABLE ? status != 500 && status != 503 : status != 0) {
      throw new IllegalArgumentException("an unavailable service answers 500 or 503: " + status);
    }
    if (lasting != null && (lasting.isNegative() || lasting.isZero())) {
      throw new IllegalArgumentException("a fault lasts a positive time: " + lasting);
    }
  }

  /** Refuses {@code rate} of the calls to matching operations; {@code seed} picks which. */
  public static FaultSpec throttle(String service, String operation, double rate, long seed) {
    return new FaultSpec(Kind.THROTTLE, service, operation, rate, null, seed, null, 0, null);
  }

  /** Lets {@code perSecond} calls a second through to matching operations, refusing the rest. */
  public static FaultSpec throttlePerSecond(String service, String operation, double perSecond) {
    return new FaultSpec(Kind.THROTTLE, service, operation, null, perSecond, 0, null, 0, null);
  }

  /** Adds {@code delay} to every matching call. */
  public static FaultSpec latency(String service, String operation, Duration delay) {
    return new FaultSpec(Kind.LATENCY, service, operation, null, null, 0, delay, 0, null);
  }

  /** Answers every call to {@code service} with a 500 or 503 error. */
  public static FaultSpec unavailable(String service, int status) {
    return new FaultSpec(Kind.UNAVAILABLE, service, "*", null, null, 0, null, status, null);
  }

  /** Makes IAM changes that take access away effective {@code delay} after they are made. */
  public static FaultSpec iamConsistency(Duration delay) {
    return new FaultSpec(Kind.IAM_CONSISTENCY, "*", "*", null, null, 0, delay, 0, null);
  }

  /** Holds every recorded call back from LookupEvents for {@code delay}. */
  public static FaultSpec trailDelay(Duration delay) {
    return new FaultSpec(Kind.TRAIL_DELAY, "*", "*", null, null, 0, delay, 0, null);
  }

  /** Holds every new GuardDuty finding back for {@code delay}. */
  public static FaultSpec findingDelay(Duration delay) {
    return new FaultSpec(Kind.FINDING_DELAY, "*", "*", null, null, 0, delay, 0, null);
  }

  /** This fault, ending {@code duration} after it is set. */
  public FaultSpec lasting(Duration duration) {
    return new FaultSpec(kind, service, operation, rate, perSecond, seed, delay, status, duration);
  }

  boolean matches(String serviceName, String operationName) {
    return Wildcards.matches(service, serviceName) && Wildcards.matches(operation, operationName);
  }
}
