package io.firedrill.sandbox.policy;

import java.util.List;
import java.util.Objects;

/**
 * Decides a request against the policies in force, with AWS's documented logic for a request within
 * one account:
 *
 * <ol>
 *   <li>a Deny statement that applies, in any policy of any kind, denies explicitly;
 *   <li>otherwise an identity-based policy must allow the request,
 *   <li>and, when the entity has a permissions boundary, a boundary must allow it too,
 *   <li>and, when the session was given session policies, one of those must allow it too;
 *   <li>anything short of that is an implicit deny.
 * </ol>
 *
 * <p>Resource-based policies, SCPs and RCPs take no part: the sandbox is a single account outside
 * any organization. When several statements deny, the first in list order is reported.
 */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  /** The decision on one request; policies are evaluated in the given order. */
  public static Decision evaluate(RequestContext request, List<AppliedPolicy> policies) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(policies, "policies");
    Allowance identity = new Allowance();
    Allowance boundary = new Allowance();
    Allowance session = new Allowance();
    String actionKey = ActionPatterns.key(request.action());
    for (AppliedPolicy policy : policies) {
      Allowance allowance =
          switch (policy.kind()) {
            case IDENTITY -> identity;
            case PERMISSIONS_BOUNDARY -> boundary;
            case SESSION -> session;
          };
      allowance.present = true;
      for (Statement statement : policy.document().statements()) {
        // An Allow needs evaluating only until its kind has one; every Deny must be looked at.
        if (!statement.deny() && allowance.policy != null) {
          continue;
        }
        if (!statement.appliesTo(request, actionKey)) {
          continue;
        }
        if (statement.deny()) {
          return new Decision(Effect.EXPLICIT_DENY, policy, statement.sid());
        }
        allowance.policy = policy;
        allowance.sid = statement.sid();
      }
    }
    if (identity.policy == null) {
      return Decision.implicitDeny(PolicyKind.IDENTITY);
    }
    if (boundary.present && boundary.policy == null) {
      return Decision.implicitDeny(PolicyKind.PERMISSIONS_BOUNDARY);
    }
    if (session.present && session.policy == null) {
      return Decision.implicitDeny(PolicyKind.SESSION);
    }
    return new Decision(Effect.ALLOW, identity.policy, identity.sid);
  }

  /** Whether policies of one kind are in force, and the first of them that allowed. */
  private static final class Allowance {
    boolean present;
    AppliedPolicy policy;
    String sid;
  }
}
