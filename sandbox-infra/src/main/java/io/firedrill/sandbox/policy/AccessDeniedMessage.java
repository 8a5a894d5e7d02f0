package io.firedrill.sandbox.policy;

import java.util.Objects;

/**
 * AWS's AccessDenied message for a denied request, in the shape IAM documents: {@code User: <arn>
 * is not authorized to perform: <action> on resource: <arn>}, then {@code with an explicit deny in
 * a <policy type>} (with the denying policy's ARN when it has one) or {@code because no <policy
 * type> allows the <action> action}.
 *
 * <p>AWS starts the message with {@code User:} whatever the principal (an assumed role too). The
 * {@code on resource:} part is left out when the request names no one resource ({@code *}), as AWS
 * leaves it out for actions without resource-level permissions. Inline policies have no ARN, so a
 * denial by one names only the policy type.
 */
public final class AccessDeniedMessage {

  private AccessDeniedMessage() {}

  /**
   * The message for a denied request.
   *
   * @throws IllegalArgumentException when the decision allowed the request
   */
  public static String of(String principalArn, RequestContext request, Decision decision) {
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(decision, "decision");
    if (decision.allowed()) {
      throw new IllegalArgumentException("the request was allowed");
    }
    StringBuilder message =
        new StringBuilder("User: ")
            .append(principalArn)
            .append(" is not authorized to perform: ")
            .append(request.action());
    if (!request.resource().equals("*")) {
      message.append(" on resource: ").append(request.resource());
    }
    if (decision.effect() == Effect.EXPLICIT_DENY) {
      AppliedPolicy policy = decision.deciding();
      message.append(" with an explicit deny in ").append(article(policy.kind()));
      if (isPolicyArn(policy.source())) {
        message.append(": ").append(policy.source());
      }
    } else {
      message
          .append(" because no ")
          .append(type(decision.missingAllow()))
          .append(" allows the ")
          .append(request.action())
          .append(" action");
    }
    return message.toString();
  }

  private static String type(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY -> "identity-based policy";
      case PERMISSIONS_BOUNDARY -> "permissions boundary";
      case SESSION -> "session policy";
    };
  }

  private static String article(PolicyKind kind) {
    return (kind == PolicyKind.IDENTITY ? "an " : "a ") + type(kind);
  }

  // arn:aws:iam::aws:policy/AdministratorAccess, arn:aws:iam::111122223333:policy/team/deny-all
  private static boolean isPolicyArn(String source) {
    return source.startsWith("arn:")
        && source.contains(":policy/")
        && source.chars().noneMatch(Character::isWhitespace);
  }
}
