package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation.DependentActions;
import io.firedrill.sandbox.api.Operation.ResourceNamer;
import java.util.List;

/**
 * The resource each IAM operation acts on, as IAM policies match it: the user, group, role or
 * policy ARN (with the entity's path, looked up when it exists), and for the List operations the
 * ARN prefix IAM's own AccessDenied messages name, e.g. {@code arn:aws:iam::111122223333:user/}.
 */
final class IamResources {

  private final IamStore store;

  IamResources(IamStore store) {
    this.store = store;
  }

  /** The user named by UserName, or the caller when the operation defaults to it. */
  /**
   * A create that carries tags also needs the tagging action ({@code iam:TagUser} for CreateUser),
   * as the Service Authorization Reference lists it.
   */
  static DependentActions taggingWith(String action) {
    return call ->
        call.params().keySet().stream().anyMatch(k -> k.startsWith("Tags.member."))
            ? List.of(action)
            : List.of();
  }

  ResourceNamer user() {
    return call -> {
      String name = call.param("UserName");
      if (name == null) {
        return call.caller().isUser() ? call.caller().arn() : "*";
      }
      return store
          .findUser(name)
          .map(IamUser::arn)
          .orElseGet(() -> arn("user", pathOf(call), name));
    };
  }

  ResourceNamer group() {
    return call -> {
      String name = call.param("GroupName");
      IamGroup group = name == null ? null : store.groups().find(name);
      return group != null ? group.arn() : arn("group", pathOf(call), name);
    };
  }

  ResourceNamer role() {
    return call -> {
      String name = call.param("RoleName");
      IamRole role = name == null ? null : store.roles().find(name);
      return role != null ? role.arn() : arn("role", pathOf(call), name);
    };
  }

  /** The policy named by PolicyArn. */
  ResourceNamer policy() {
    return call -> call.param("PolicyArn") == null ? "*" : call.param("PolicyArn");
  }

  /** The policy CreatePolicy is about to create. */
  ResourceNamer newPolicy() {
    return call -> arn("policy", pathOf(call), call.param("PolicyName"));
  }

  /** The List operations: every entity of a kind under the path prefix. */
  ResourceNamer listing(String kind) {
    return call -> {
      String prefix = call.param("PathPrefix");
      return "arn:aws:iam::" + store.accountId() + ":" + kind + (prefix == null ? "/" : prefix);
    };
  }

  /** The user that owns the key named by AccessKeyId. */
  ResourceNamer keyOwner() {
    return call ->
        store
            .anyKey(String.valueOf(call.param("AccessKeyId")))
            .flatMap(key -> store.findUser(key.userName()))
            .map(IamUser::arn)
            .orElse("*");
  }

  private String arn(String kind, String path, String name) {
    if (name == null) {
      return "*";
    }
    return "arn:aws:iam::" + store.accountId() + ":" + kind + path + name;
  }

  private static String pathOf(ApiCall call) {
    String path = call.param("Path");
    return path != null && path.startsWith("/") && path.endsWith("/") ? path : "/";
  }
}
