package io.firedrill.sandbox.policy;

/** The outcome of evaluating one request. */
public enum Effect {
  /** Allowed by every kind of policy that had to allow it, and denied by none. */
  ALLOW,
  /** A Deny statement applied. */
  EXPLICIT_DENY,
  /** Nothing denied it, but some kind of policy that had to allow it did not. */
  IMPLICIT_DENY
}
