package io.firedrill.sandbox.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads baseline YAML through snakeyaml-engine's node graph rather than a data binder, because
 * every node keeps its line and column and every problem can then say exactly where it is.
 */
final class BaselineParser {

  private static final List<String> TOP_KEYS =
      List.of(
          "name",
          "description",
          "users",
          "trails",
          "roles",
          "guardDuty",
          "vpcFlowLogs",
          "policies");
  private static final List<String> USER_KEYS = List.of("name", "accessKey", "policies");
  private static final List<String> ROLE_KEYS = List.of("name", "trust", "policies", "tags");
  private static final List<String> POLICY_KEYS = List.of("name", "document");
  private static final List<String> TRAIL_KEYS = List.of("name", "bucket", "logging");

  private BaselineParser() {}

  static Baseline parse(String yaml, String source) {
    Node root = compose(yaml, source);
    YamlMapping top = YamlMapping.of(root, source, "the baseline", TOP_KEYS);
    String name = top.requiredString("name");
    String description = top.optionalString("description", "");

    List<BaselineUser> users = new ArrayList<>();
    // IAM user names are unique regardless of case.
    Set<String> userNames = new HashSet<>();
    for (Node item : sequence(top, "users")) {
      YamlMapping entry = YamlMapping.of(item, source, "a user", USER_KEYS);
      String userName = entry.requiredString("name");
      boolean accessKey = entry.optionalBoolean("accessKey", false);
      List<String> policies = entry.optionalStrings("policies");
      BaselineUser user =
          entry.build(
              () -> new BaselineUser(userName, accessKey, policies),
              entry.valueNode(policies.isEmpty() ? "name" : "policies"));
      unique(entry, userNames.add(userName.toLowerCase(Locale.ROOT)), "user", userName);
      users.add(user);
    }

    List<BaselineTrail> trails = new ArrayList<>();
    Set<String> trailNames = new HashSet<>();
    for (Node item : sequence(top, "trails")) {
      YamlMapping entry = YamlMapping.of(item, source, "a trail", TRAIL_KEYS);
      String trailName = entry.requiredString("name");
      String bucket = entry.requiredString("bucket");
      boolean logging = entry.optionalBoolean("logging", true);
      BaselineTrail trail =
          entry.build(() -> new BaselineTrail(trailName, bucket, logging), entry.node());
      unique(entry, trailNames.add(trailName), "trail", trailName);
      trails.add(trail);
    }

    List<BaselineRole> roles = new ArrayList<>();
    Set<String> roleNames = new HashSet<>();
    for (Node item : sequence(top, "roles")) {
      YamlMapping entry = YamlMapping.of(item, source, "a role", ROLE_KEYS);
      String roleName = entry.requiredString("name");
      String trust = entry.requiredString("trust");
      List<String> policies = entry.optionalStrings("policies");
      Map<String, String> tags = entry.optionalStringMap("tags");
      BaselineRole role =
          entry.build(() -> new BaselineRole(roleName, trust, policies, tags), entry.node());
      unique(entry, roleNames.add(roleName.toLowerCase(Locale.ROOT)), "role", roleName);
      roles.add(role);
    }
    List<BaselinePolicy> policies = new ArrayList<>();
    for (Node item : sequence(top, "policies")) {
      YamlMapping entry = YamlMapping.of(item, source, "a policy", POLICY_KEYS);
      String policyName = entry.requiredString("name");
      String document = entry.requiredString("document");
      policies.add(entry.build(() -> new BaselinePolicy(policyName, document), entry.node()));
    }
    boolean guardDuty = top.optionalBoolean("guardDuty", false);
    String flowLogBucket = top.optionalString("vpcFlowLogs", null);
    return top.build(
        () ->
            new Baseline(
                name, description, users, trails, roles, guardDuty, flowLogBucket, policies),
        top.valueNode(flowLogBucket == null ? "name" : "vpcFlowLogs"));
  }

  private static List<Node> sequence(YamlMapping owner, String key) {
    Node node = owner.valueNode(key);
    if (node == null || YamlMapping.isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw owner.problem(
          node, "expected a list for '" + key + "', found " + YamlMapping.describe(node));
    }
    return sequence.getValue();
  }

  private static void unique(YamlMapping entry, boolean firstTime, String what, String name) {
    if (!firstTime) {
      throw entry.problem(
          entry.valueNode("name"),
          "expected each " + what + " name once, found '" + name + "' again");
    }
  }

  private static Node compose(String yaml, String source) {
    LoadSettings settings = LoadSettings.builder().setLabel(source).build();
    try {
      return new Compose(settings)
          .composeString(yaml)
          .orElseThrow(
              () ->
                  new BaselineException(
                      source,
                      1,
                      1,
                      "expected a mapping with keys "
                          + String.join(", ", TOP_KEYS)
                          + ", found an empty document"));
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      String problem = (e.getContext() == null ? "" : e.getContext() + ": ") + e.getProblem();
      throw new BaselineException(
          source,
          mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1,
          problem);
    } catch (YamlEngineException e) {
      throw new BaselineException(source, 1, 1, e.getMessage());
    }
  }
}
