package io.firedrill.sandbox.policy;

/** Which part of AWS's evaluation a policy takes part in. */
public enum PolicyKind {
  /** Attached to or embedded in the user or role (directly or through a group): grants. */
  IDENTITY,
  /** The entity's permissions boundary: caps what identity policies can grant. */
  PERMISSIONS_BOUNDARY,
  /** Passed when the session was created (AssumeRole, GetFederationToken): caps the session. */
  SESSION
}
