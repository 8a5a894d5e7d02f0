package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.MalformedPolicyException.PRINCIPAL;
import static io.firedrill.sandbox.policy.MalformedPolicyException.SYNTAX;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a policy document's JSON and checks its grammar in the order IAM appears to: JSON and
 * element syntax first ({@code Syntax errors in policy.}), a principal in an identity policy, then
 * the later checks of {@link PolicyChecks}; finally compiles the statements.
 */
final class PolicyParser {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final Set<String> TOP = Set.of("Version", "Id", "Statement");
  private static final Set<String> ELEMENTS =
      Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final Set<String> VERSIONS =
      Set.of(PolicyDocument.VERSION_2012, PolicyDocument.VERSION_2008);

  private PolicyParser() {}

  static PolicyDocument parse(String json) {
    JsonNode root = read(json);
    List<JsonNode> statements = statementNodes(root);
    for (JsonNode statement : statements) {
      if (statement.has("Principal") || statement.has("NotPrincipal")) {
        throw new MalformedPolicyException(PRINCIPAL);
      }
    }
    checkTop(root);
    statements.forEach(PolicyParser::checkStatement);
    String version = root.has("Version") ? root.get("Version").stringValue() : null;
    boolean variables = PolicyDocument.VERSION_2012.equals(version);
    List<Statement> compiled = new ArrayList<>();
    List<List<Condition>> conditions = new ArrayList<>();
    for (JsonNode statement : statements) {
      conditions.add(ConditionParser.parse(statement.get("Condition"), variables));
    }
    PolicyChecks.check(statements);
    for (int i = 0; i < statements.size(); i++) {
      compiled.add(compile(statements.get(i), conditions.get(i), variables));
    }
    return new PolicyDocument(
        json, version == null ? PolicyDocument.VERSION_2008 : version, compiled);
  }

  private static JsonNode read(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new MalformedPolicyException(SYNTAX);
      }
      return root;
    } catch (JacksonException e) {
      throw new MalformedPolicyException(SYNTAX);
    }
  }

  private static List<JsonNode> statementNodes(JsonNode root) {
    JsonNode statement = root.get("Statement");
    List<JsonNode> statements = new ArrayList<>();
    if (statement != null && statement.isObject()) {
      statements.add(statement);
    } else if (statement != null && statement.isArray()) {
      statement.forEach(statements::add);
    }
    if (statements.isEmpty() || !statements.stream().allMatch(JsonNode::isObject)) {
      throw new MalformedPolicyException(SYNTAX);
    }
    return statements;
  }

  private static void checkTop(JsonNode root) {
    for (Map.Entry<String, JsonNode> element : root.properties()) {
      syntax(TOP.contains(element.getKey()));
    }
    JsonNode version = root.get("Version");
    syntax(version == null || (version.isString() && VERSIONS.contains(version.stringValue())));
    JsonNode id = root.get("Id");
    syntax(id == null || id.isString());
  }

  private static void checkStatement(JsonNode statement) {
    for (Map.Entry<String, JsonNode> element : statement.properties()) {
      syntax(ELEMENTS.contains(element.getKey()));
    }
    syntax(!(statement.has("Action") && statement.has("NotAction")));
    syntax(!(statement.has("Resource") && statement.has("NotResource")));
    JsonNode effect = statement.get("Effect");
    syntax(effect != null && effect.isString());
    syntax(
        effect.stringValue().equalsIgnoreCase("Allow")
            || effect.stringValue().equalsIgnoreCase("Deny"));
    for (String name : List.of("Action", "NotAction", "Resource", "NotResource")) {
      JsonNode value = statement.get(name);
      syntax(value == null || strings(value) != null);
    }
    JsonNode sid = statement.get("Sid");
    syntax(sid == null || sid.isString());
  }

  private static Statement compile(JsonNode node, List<Condition> conditions, boolean variables) {
    boolean notAction = node.has("NotAction");
    boolean notResource = node.has("NotResource");
    ActionPatterns actions =
        ActionPatterns.of(strings(node.get(notAction ? "NotAction" : "Action")));
    List<Template> resources = new ArrayList<>();
    for (String resource : strings(node.get(notResource ? "NotResource" : "Resource"))) {
      resources.add(Template.parse(resource, variables));
    }
    JsonNode sid = node.get("Sid");
    boolean deny = node.get("Effect").stringValue().equals("Deny");
    return new Statement(
        sid == null ? null : sid.stringValue(),
        deny,
        actions,
        notAction,
        resources,
        notResource,
        conditions);
  }

  /** A string or an array of strings, as a list; null when it is neither. */
  static List<String> strings(JsonNode value) {
    if (value == null) {
      return List.of();
    }
    if (value.isString()) {
      return List.of(value.stringValue());
    }
    if (!value.isArray()) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isString()) {
        return null;
      }
      strings.add(element.stringValue());
    }
    return strings;
  }

  static void syntax(boolean holds) {
    if (!holds) {
      throw new MalformedPolicyException(SYNTAX);
    }
  }
}
