package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chaos fault the scenario sets in the sandbox: from {@code at} until {@code until} (scenario
 * time; null when it holds to the end of the exercise). The members are those of the sandbox's
 * fault control API; durations are scenario time, so a faster clock shortens them too.
 *
 * @param index the fault's place in the {@code faults:} list, from 1
 * @param kind {@code throttle}, {@code latency}, {@code unavailable}, {@code iam-consistency},
 *     {@code trail-delay} or {@code finding-delay}
 * @param service for the per-call kinds, the signing names of the services touched ({@code *} and
 *     {@code ?} as wildcards), or null for all
 * @param operation for the per-call kinds, the operation names touched, or null for all
 * @param rate for a throttle, the share of matching calls refused (above 0, at most 1), or null
 * @param perSecond for a throttle, the calls a second let through, or null
 * @param seed for a throttle by rate, what makes the refused calls repeatable, or null
 * @param delay the latency added, or how late telemetry or IAM changes are; null for the others
 * @param status for {@code unavailable}, 500 or 503
 */
public record Fault(
    int index,
    Duration at,
    Duration until,
    String kind,
    String service,
    String operation,
    Double rate,
    Double perSecond,
    Long seed,
    Duration delay,
    Integer status,
    SourceLocation location) {

  /** The fault kinds the sandbox knows. */
  public static final List<String> KINDS =
      List.of(
          "throttle", "latency", "unavailable", "iam-consistency", "trail-delay", "finding-delay");

  /** Whether the fault touches chosen calls, rather than the whole account. */
  public boolean perCall() {
    return kind.equals("throttle") || kind.equals("latency") || kind.equals("unavailable");
  }

  /** The fault's members as the scenario wrote them (durations as {@code 5m}), for the journal. */
  public Map<String, Object> members() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind);
    putIfSet(out, "service", service);
    putIfSet(out, "operation", operation);
    putIfSet(out, "rate", rate);
    putIfSet(out, "perSecond", perSecond);
    putIfSet(out, "seed", seed);
    putIfSet(out, "delay", delay == null ? null : Durations.format(delay));
    putIfSet(out, "status", status);
    return out;
  }

  /** One line for people: {@code throttle ec2:Describe* rate 0.3}. */
  public String describe() {
    StringBuilder text = new StringBuilder(kind);
    if (perCall()) {
      text.append(' ')
          .append(service == null ? "*" : service)
          .append(':')
          .append(operation == null ? "*" : operation);
    }
    if (rate != null) {
      text.append(" rate ").append(rate);
    }
    if (perSecond != null) {
      text.append(' ').append(perSecond).append("/s");
    }
    if (delay != null) {
      text.append(' ').append(Durations.format(delay));
    }
    if (status != null) {
      text.append(' ').append(status);
    }
    return text.toString();
  }

  private static void putIfSet(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}
