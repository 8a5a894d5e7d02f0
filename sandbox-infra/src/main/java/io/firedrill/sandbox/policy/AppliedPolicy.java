package io.firedrill.sandbox.policy;

import java.util.Objects;

/**
 * A policy in force for a request, and where it came from, for AccessDenied messages and
 * explanations.
 *
 * @param source the policy's ARN for a managed policy, e.g. {@code
 *     arn:aws:iam::aws:policy/AdministratorAccess}; for an inline policy a description such as
 *     {@code arn:aws:iam::111122223333:user/alice (inline: deny-all)}
 * @param kind the part of the evaluation it takes part in
 * @param document the policy itself
 */
public record AppliedPolicy(String source, PolicyKind kind, PolicyDocument document) {
  public AppliedPolicy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(document, "document");
  }
}
