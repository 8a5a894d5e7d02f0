package io.firedrill.sandbox.wire;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shapes a request's input the way CloudTrail records it in {@code requestParameters}: member names
 * with a lower-case first letter, query lists ({@code Tags.member.1.Key}) as JSON arrays of
 * objects, and null when the request had no parameters at all.
 */
public final class RequestParameters {

  private static final Set<String> PROTOCOL_PARAMS =
      Set.of("Action", "Version", "X-Amz-Security-Token");
  // The query protocol carries every value as text; CloudTrail records these as the numbers and
  // booleans the model declares them to be.
  private static final Set<String> INTEGER_PARAMS =
      Set.of("MaxItems", "MaxResults", "DurationSeconds", "MaxSessionDuration");
  private static final Set<String> BOOLEAN_PARAMS =
      Set.of("PasswordResetRequired", "SetAsDefault", "OnlyAttached");
  // Secrets a request carries that CloudTrail leaves out of the record altogether.
  private static final Set<String> REDACTED_PARAMS =
      Set.of("Password", "OldPassword", "NewPassword");

  private RequestParameters() {}

  /** The requestParameters of a query-protocol call. */
  public static JsonNode fromQuery(Map<String, String> params) {
    ObjectNode root = Json.object();
    // Sorted so that list members land in index order whatever order the client sent.
    Map<String, String> sorted = new TreeMap<>(RequestParameters::compareParamNames);
    sorted.putAll(params);
    sorted.forEach(
        (name, value) -> {
          if (!PROTOCOL_PARAMS.contains(name) && !REDACTED_PARAMS.contains(name)) {
            put(root, name.split("\\."), 0, value);
          }
        });
    return root.isEmpty() ? JsonNodeFactory.instance.nullNode() : root;
  }

  /** The requestParameters of a JSON-protocol call. */
  public static JsonNode fromJson(JsonNode body) {
    JsonNode converted = camel(body);
    return converted.isObject() && converted.isEmpty()
        ? JsonNodeFactory.instance.nullNode()
        : converted;
  }

  private static void put(ObjectNode node, String[] path, int at, String value) {
    String key = lowerFirst(path[at]);
    if (at == path.length - 1) {
      if (INTEGER_PARAMS.contains(path[at]) && value.matches("-?\\d{1,9}")) {
        node.put(key, Integer.parseInt(value));
      } else if (BOOLEAN_PARAMS.contains(path[at])
          && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
        node.put(key, Boolean.parseBoolean(value));
      } else {
        node.put(key, value);
      }
      return;
    }
    boolean listMember =
        at + 2 < path.length && "member".equals(path[at + 1]) && path[at + 2].matches("\\d+");
    if (listMember) {
      ArrayNode list = node.has(key) && node.get(key).isArray() ? (ArrayNode) node.get(key) : null;
      if (list == null) {
        list = node.putArray(key);
      }
      int index = Integer.parseInt(path[at + 2]) - 1;
      while (list.size() <= index) {
        list.addObject();
      }
      if (at + 3 == path.length) {
        list.set(index, JsonNodeFactory.instance.stringNode(value));
      } else if (list.get(index).isObject()) {
        put((ObjectNode) list.get(index), path, at + 3, value);
      }
      return;
    }
    ObjectNode child =
        node.has(key) && node.get(key).isObject() ? (ObjectNode) node.get(key) : null;
    if (child == null) {
      child = node.putObject(key);
    }
    put(child, path, at + 1, value);
  }

  private static JsonNode camel(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Json.object();
      node.properties().forEach(e -> out.set(lowerFirst(e.getKey()), camel(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(camel(element)));
      return out;
    }
    return node;
  }

  private static String lowerFirst(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  // Compares dotted names part by part, numbers numerically, so member.10 follows member.9.
  private static int compareParamNames(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order =
          left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
              ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
              : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
