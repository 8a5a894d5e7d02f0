package io.firedrill.sandbox.policy;

import java.util.Objects;

/**
 * The decision on one request, and what decided it.
 *
 * @param effect allow, explicit deny or implicit deny
 * @param deciding the policy whose statement decided: the Deny for an explicit deny, the first
 *     identity-based Allow for an allow; null for an implicit deny, which no one policy decides
 * @param statementSid the deciding statement's Sid, if it has one
 * @param missingAllow for an implicit deny, the kind of policy none of which allowed the request
 *     (AWS checks identity-based policies, then permissions boundaries, then session policies, and
 *     names the first that fails); null otherwise
 */
public record Decision(
    Effect effect, AppliedPolicy deciding, String statementSid, PolicyKind missingAllow) {
  public Decision {
    Objects.requireNonNull(effect, "effect");
    if ((effect == Effect.IMPLICIT_DENY) != (deciding == null)) {
      throw new IllegalArgumentException("an implicit deny, and only it, has no deciding policy");
    }
    if (effect == Effect.IMPLICIT_DENY && missingAllow == null) {
      missingAllow = PolicyKind.IDENTITY;
    }
    if (effect != Effect.IMPLICIT_DENY) {
      missingAllow = null;
    }
  }

  /**
   * A decision without the implicit-deny detail; an implicit deny then blames identity policies.
   */
  public Decision(Effect effect, AppliedPolicy deciding, String statementSid) {
    this(effect, deciding, statementSid, null);
  }

  /** Whether the request may go ahead. */
  public boolean allowed() {
    return effect == Effect.ALLOW;
  }

  static Decision implicitDeny(PolicyKind missingAllow) {
    return new Decision(Effect.IMPLICIT_DENY, null, null, missingAllow);
  }
}
