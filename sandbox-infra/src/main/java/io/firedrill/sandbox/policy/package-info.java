/**
 * IAM policy evaluation, as a pure library: parse a policy document once ({@link
 * io.firedrill.sandbox.policy.PolicyDocument}), then decide requests against the policies in force
 * ({@link io.firedrill.sandbox.policy.PolicyEvaluator}) with AWS's documented logic for a single
 * account: an explicit deny anywhere wins; otherwise an identity-based policy must allow, and so
 * must a permissions boundary and a session policy when there are any.
 *
 * <p>Denials are worded as AWS words them ({@link
 * io.firedrill.sandbox.policy.AccessDeniedMessage}), and the AWS managed policies a blue team
 * reaches for are shipped as data ({@link io.firedrill.sandbox.policy.ManagedPolicies}). Nothing
 * here does I/O beyond reading those bundled documents, holds state, or knows about HTTP, users or
 * stores.
 */
package io.firedrill.sandbox.policy;
