package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.policy.AppliedPolicy;
import io.firedrill.sandbox.policy.Decision;
import io.firedrill.sandbox.policy.Effect;
import io.firedrill.sandbox.policy.MalformedPolicyException;
import io.firedrill.sandbox.policy.PolicyDocument;
import io.firedrill.sandbox.policy.PolicyEvaluator;
import io.firedrill.sandbox.policy.PolicyKind;
import io.firedrill.sandbox.policy.RequestContext;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A role's trust policy (its assume-role policy): a resource-based policy whose statements name
 * principals. Matching the principal is done here; the rest of each statement (action, conditions)
 * is handed to the policy engine as a one-statement identity policy, so that conditions such as
 * {@code aws:SourceIp} or {@code aws:MultiFactorAuthPresent} mean the same in both.
 *
 * <p>{@code NotPrincipal} is accepted but never matches: the sandbox does not evaluate it.
 */
final class TrustPolicy {

  /** What the trust policy says about one caller, in the order that decides. */
  enum Grant {
    /** A statement denies the caller. */
    DENY,
    /** No statement allows the caller. */
    NONE,
    /** A statement allows the caller's account: the caller's own policies must allow too. */
    ACCOUNT,
    /** A statement allows the caller by name (or everyone): enough on its own. */
    DIRECT
  }

  private record TrustStatement(boolean deny, List<String> awsPrincipals, PolicyDocument rest) {}

  private final String accountId;
  private final List<TrustStatement> statements;

  private TrustPolicy(String accountId, List<TrustStatement> statements) {
    this.accountId = accountId;
    this.statements = statements;
  }

  /**
   * Parses and validates a trust policy as IAM does when a role is created or its trust changes;
   * {@code known} says whether an ARN of this account names an existing user or role.
   */
  static TrustPolicy parse(String json, String accountId, Predicate<String> known) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw IamErrors.malformed("This policy contains invalid Json");
    }
    if (root == null || !root.isObject()) {
      throw IamErrors.malformed("This policy contains invalid Json");
    }
    JsonNode statementNode = root.get("Statement");
    List<JsonNode> nodes = new ArrayList<>();
    if (statementNode != null && statementNode.isArray()) {
      statementNode.forEach(nodes::add);
    } else if (statementNode != null && statementNode.isObject()) {
      nodes.add(statementNode);
    }
    if (nodes.isEmpty() || !nodes.stream().allMatch(JsonNode::isObject)) {
      throw IamErrors.malformed("Syntax errors in policy.");
    }
    List<TrustStatement> statements = new ArrayList<>();
    for (JsonNode node : nodes) {
      if (node.has("Resource") || node.has("NotResource")) {
        throw IamErrors.malformed("Has prohibited field Resource");
      }
      if (!node.has("Principal") && !node.has("NotPrincipal")) {
        throw IamErrors.malformed("Missing required field Principal");
      }
      List<String> principals = awsPrincipals(node.get("Principal"));
      for (String principal : principals) {
        if (principal.startsWith("arn:aws:iam::" + accountId + ":")
            && !principal.endsWith(":root")
            && !known.test(principal)) {
          throw IamErrors.malformed("Invalid principal in policy: \"AWS\":\"" + principal + "\"");
        }
      }
      statements.add(
          new TrustStatement(
              "Deny".equals(node.path("Effect").asString("")), principals, rest(root, node)));
    }
    return new TrustPolicy(accountId, statements);
  }

  /** What the policy grants {@code caller} for the request {@code context}. */
  Grant evaluate(Caller caller, RequestContext context, String source) {
    Grant best = Grant.NONE;
    for (TrustStatement statement : statements) {
      Grant named = named(statement.awsPrincipals(), caller);
      if (named == Grant.NONE) {
        continue;
      }
      Decision decision =
          PolicyEvaluator.evaluate(
              context, List.of(new AppliedPolicy(source, PolicyKind.IDENTITY, statement.rest())));
      if (decision.effect() == Effect.EXPLICIT_DENY) {
        return Grant.DENY;
      }
      if (decision.allowed() && named.compareTo(best) > 0) {
        best = named;
      }
    }
    return best;
  }

  private Grant named(List<String> principals, Caller caller) {
    Grant grant = Grant.NONE;
    for (String principal : principals) {
      if (principal.equals("*")
          || principal.equals(caller.arn())
          || (caller.session() != null
              && caller.session().issuer() != null
              && principal.equals(caller.session().issuer().arn()))) {
        return Grant.DIRECT;
      }
      boolean account =
          principal.equals(accountId) || principal.equals("arn:aws:iam::" + accountId + ":root");
      if (account && caller.accountId().equals(accountId)) {
        grant = Grant.ACCOUNT;
      }
    }
    return grant;
  }

  // "*", {"AWS": ...}; service and federated principals are kept out: no sandbox caller is one.
  private static List<String> awsPrincipals(JsonNode principal) {
    List<String> values = new ArrayList<>();
    if (principal == null) {
      return values;
    }
    if (principal.isString()) {
      if (!principal.stringValue().equals("*")) {
        throw IamErrors.malformed("Invalid principal in policy: " + Json.write(principal));
      }
      values.add("*");
      return values;
    }
    if (!principal.isObject()) {
      throw IamErrors.malformed("Syntax errors in policy.");
    }
    JsonNode aws = principal.get("AWS");
    if (aws != null) {
      if (aws.isArray()) {
        aws.forEach(value -> values.add(value.asString("")));
      } else {
        values.add(aws.asString(""));
      }
    }
    return values;
  }

  // The statement without its principal, with the resource every trust statement implicitly has.
  private static PolicyDocument rest(JsonNode root, JsonNode statement) {
    ObjectNode copy = ((ObjectNode) statement).deepCopy();
    copy.remove("Principal");
    copy.remove("NotPrincipal");
    if (!copy.has("Action") && !copy.has("NotAction")) {
      throw IamErrors.malformed("Missing required field Action");
    }
    copy.put("Resource", "*");
    ObjectNode document = Json.object();
    if (root.has("Version")) {
      document.set("Version", root.get("Version"));
    }
    document.putArray("Statement").add(copy);
    try {
      return PolicyDocument.parse(Json.write(document));
    } catch (MalformedPolicyException e) {
      throw IamErrors.malformed(e.getMessage());
    }
  }
}
