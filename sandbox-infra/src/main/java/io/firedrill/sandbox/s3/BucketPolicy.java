package io.firedrill.sandbox.s3;

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
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bucket policy: IAM policy statements that also name who they apply to ({@code Principal}). Each
 * statement is evaluated by the sandbox's IAM policy engine without its principal, once the
 * principal is found to match the caller.
 */
final class BucketPolicy {

  // Conditions on these keys tie a grant to known callers or networks, so a statement that has one
  // does not make the bucket public (S3's own reading of "public", simplified to fixed values).
  private static final Set<String> RESTRICTING_KEYS =
      Set.of(
          "aws:sourceip",
          "aws:sourcevpc",
          "aws:sourcevpce",
          "aws:sourceaccount",
          "aws:sourcearn",
          "aws:sourceowner",
          "aws:principalaccount",
          "aws:principalorgid",
          "aws:principalarn",
          "aws:userid",
          "aws:username");

  private record Rule(
      boolean everyone,
      List<String> principals,
      boolean allow,
      PolicyDocument doc,
      JsonNode conditions) {}

  private final List<Rule> rules;

  private BucketPolicy(List<Rule> rules) {
    this.rules = rules;
  }

  /** Parses and validates a policy for {@code bucket}; MalformedPolicy as S3 says it. */
  static BucketPolicy parse(String json, String bucket) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw S3Errors.malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
    }
    if (root == null || !root.isObject()) {
      throw S3Errors.malformedPolicy("Policies must be valid JSON and the first byte must be '{'");
    }
    JsonNode statements = root.get("Statement");
    if (statements == null) {
      throw S3Errors.malformedPolicy("Missing required field Statement");
    }
    List<JsonNode> list = new ArrayList<>();
    if (statements.isArray()) {
      statements.forEach(list::add);
    } else {
      list.add(statements);
    }
    List<Rule> rules = new ArrayList<>();
    for (JsonNode statement : list) {
      rules.add(rule(root, statement, bucket));
    }
    return new BucketPolicy(rules);
  }

  private static Rule rule(JsonNode root, JsonNode statement, String bucket) {
    if (!statement.isObject()) {
      throw S3Errors.malformedPolicy("Statement is not an object");
    }
    JsonNode principal = statement.get("Principal");
    if (principal == null) {
      throw S3Errors.malformedPolicy("Missing required field Principal");
    }
    for (JsonNode resource : strings(statement.get("Resource"))) {
      String arn = resource.asString();
      if (!arn.equals("arn:aws:s3:::" + bucket)
          && !arn.startsWith("arn:aws:s3:::" + bucket + "/")) {
        throw S3Errors.malformedPolicy("Policy has invalid resource");
      }
    }
    for (JsonNode action : strings(statement.get("Action"))) {
      String name = action.asString();
      if (!name.equals("*") && !name.toLowerCase(java.util.Locale.ROOT).startsWith("s3:")) {
        throw S3Errors.malformedPolicy("Policy has invalid action");
      }
    }
    ObjectNode bare = ((ObjectNode) statement).deepCopy();
    bare.remove("Principal");
    ObjectNode document = Json.object();
    if (root.has("Version")) {
      document.set("Version", root.get("Version"));
    }
    document.putArray("Statement").add(bare);
    PolicyDocument parsed;
    try {
      parsed = PolicyDocument.parse(Json.write(document));
    } catch (MalformedPolicyException e) {
      throw S3Errors.malformedPolicy(e.getMessage());
    }
    boolean everyone = false;
    List<String> principals = new ArrayList<>();
    if (principal.isString()) {
      everyone = principal.asString().equals("*");
    } else if (principal.isObject()) {
      for (JsonNode aws : strings(principal.get("AWS"))) {
        String value = aws.asString();
        if (value.equals("*")) {
          everyone = true;
        } else {
          principals.add(value.matches("\\d{12}") ? "arn:aws:iam::" + value + ":root" : value);
        }
      }
    } else {
      throw S3Errors.malformedPolicy("Invalid principal in policy");
    }
    return new Rule(
        everyone,
        principals,
        "Allow".equals(statement.path("Effect").asString()),
        parsed,
        statement.get("Condition"));
  }

  /**
   * The policy's verdict for a caller: an explicit deny wins; an allow in a statement that names
   * the caller (or everyone) grants; anything else is no opinion. A statement that names only the
   * caller's account delegates to the account's IAM policies, so its Allow grants nothing alone,
   * while its Deny still denies.
   *
   * @param identities the caller's own ARNs (user, or role and session); empty when anonymous
   * @param account the caller's account as a principal ARN, or null when anonymous
   * @param publicGrantsCount whether statements that make the bucket public may grant
   */
  Effect evaluate(
      List<String> identities, String account, RequestContext request, boolean publicGrantsCount) {
    Effect verdict = Effect.IMPLICIT_DENY;
    for (Rule rule : rules) {
      boolean named = rule.everyone || identities.stream().anyMatch(rule.principals::contains);
      boolean accountNamed = account != null && rule.principals.contains(account);
      if (!named && !accountNamed) {
        continue;
      }
      Decision decision =
          PolicyEvaluator.evaluate(
              request, List.of(new AppliedPolicy("bucket policy", PolicyKind.IDENTITY, rule.doc)));
      if (decision.effect() == Effect.EXPLICIT_DENY) {
        return Effect.EXPLICIT_DENY;
      }
      if (decision.allowed() && named && (publicGrantsCount || !isPublic(rule))) {
        verdict = Effect.ALLOW;
      }
    }
    return verdict;
  }

  /** Whether a statement lets anyone at all in, as GetBucketPolicyStatus's IsPublic says. */
  boolean isPublic() {
    return rules.stream().anyMatch(BucketPolicy::isPublic);
  }

  private static boolean isPublic(Rule rule) {
    if (!rule.allow || !rule.everyone) {
      return false;
    }
    if (rule.conditions == null || !rule.conditions.isObject()) {
      return true;
    }
    for (JsonNode operator : rule.conditions) {
      for (String key : operator.propertyNames()) {
        if (RESTRICTING_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<JsonNode> strings(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node instanceof ArrayNode array) {
      array.forEach(out::add);
    } else {
      out.add(node);
    }
    return out;
  }
}
