package io.firedrill.injector.technique;

import java.util.List;

/**
 * One IAM action a detonation needs, on one resource.
 *
 * @param action such as {@code iam:CreateUser}
 * @param resource the ARN the action acts on, or {@code *} when it acts on no one resource or the
 *     resource is not known before the detonation finds it
 */
public record Grant(String action, String resource) {

  public Grant {
    if (action == null || !action.matches("[a-z0-9-]+:[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("not an IAM action such as iam:CreateUser: " + action);
    }
    if (resource == null || resource.isBlank()) {
      throw new IllegalArgumentException(action + ": a grant needs a resource, or *");
    }
  }

  /** Each action on every resource. */
  public static List<Grant> anywhere(List<String> actions) {
    return actions.stream().map(action -> new Grant(action, "*")).toList();
  }

  /** Each action on the one resource. */
  public static List<Grant> on(String resource, String... actions) {
    return List.of(actions).stream().map(action -> new Grant(action, resource)).toList();
  }
}
