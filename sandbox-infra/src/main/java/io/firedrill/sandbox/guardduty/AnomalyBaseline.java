package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the engine keeps: learnt from calls while a detector is {@linkplain
 * Detector#learning() learning}, and otherwise fixed, so that a call outside it stays anomalous
 * each time it is repeated and counts into its finding, as on AWS. Thread-safe.
 *
 * <p>GuardDuty keeps learning for as long as it runs; the sandbox learns only in a window, so an
 * exercise's score does not depend on what its own attack taught the model.
 */
final class AnomalyBaseline {

  private final Map<String, Set<String>> actions = new HashMap<>();

  synchronized ApiBaseline snapshot() {
    return new ApiBaseline(actions);
  }

  synchronized void replace(ApiBaseline baseline) {
    actions.clear();
    baseline.actions().forEach((principal, known) -> actions.put(principal, new HashSet<>(known)));
  }

  synchronized void learn(CallRecord call) {
    actions.computeIfAbsent(principal(call.caller()), p -> new HashSet<>()).add(action(call));
  }

  synchronized boolean knows(CallRecord call) {
    return actions.getOrDefault(principal(call.caller()), Set.of()).contains(action(call));
  }

  /** The identity a call's behaviour belongs to: the role, for every session of a role. */
  static String principal(Caller caller) {
    if (caller.type().equals(Caller.ASSUMED_ROLE)) {
      return caller.session().issuer().arn();
    }
    return caller.arn();
  }

  /** {@code iam:CreateUser} for a call of iam.amazonaws.com's CreateUser. */
  static String action(CallRecord call) {
    String source = call.eventSource() == null ? "" : call.eventSource();
    int dot = source.indexOf('.');
    return (dot < 0 ? source : source.substring(0, dot)) + ":" + call.eventName();
  }
}
