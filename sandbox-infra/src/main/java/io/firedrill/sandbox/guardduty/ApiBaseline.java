package io.firedrill.sandbox.guardduty;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What each principal normally does: the anomaly baseline GuardDuty's anomalous-behaviour findings
 * compare a call against. A call is anomalous when its action is not in its principal's set.
 *
 * <p>A principal is named by the ARN of the identity that persists across sessions: an IAM user's
 * ARN, a role's ARN for every session of the role, {@code arn:aws:iam::ACCOUNT:root} for the root
 * user. An action is named as IAM names it, {@code iam:CreateUser}.
 *
 * @param actions by principal ARN, the actions it has been seen to call
 */
public record ApiBaseline(Map<String, Set<String>> actions) {

  public ApiBaseline {
    Map<String, Set<String>> copy = new TreeMap<>();
    if (actions != null) {
      actions.forEach((principal, known) -> copy.put(principal, Set.copyOf(new TreeSet<>(known))));
    }
    actions = java.util.Collections.unmodifiableMap(copy);
  }

  /** A baseline in which nobody has done anything yet: every watched call is anomalous. */
  public static ApiBaseline empty() {
    return new ApiBaseline(Map.of());
  }

  /** Whether {@code principalArn} is known to call {@code action}. */
  public boolean knows(String principalArn, String action) {
    return actions.getOrDefault(principalArn, Set.of()).contains(action);
  }
}
