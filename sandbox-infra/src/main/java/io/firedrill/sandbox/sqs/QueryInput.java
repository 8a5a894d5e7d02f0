package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Json;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a query-protocol SQS request into the awsJson request's shape, so that one set of
 * operations serves both protocols. The query protocol flattens lists and maps into numbered
 * parameters: {@code Attribute.1.Name}, {@code MessageAttribute.1.Value.StringValue}, {@code
 * SendMessageBatchRequestEntry.2.MessageBody}.
 */
final class QueryInput {

  private static final Set<String> INTEGERS =
      Set.of(
          "MaxResults",
          "DelaySeconds",
          "MaxNumberOfMessages",
          "VisibilityTimeout",
          "WaitTimeSeconds");
  private static final Set<String> PROTOCOL = Set.of("Action", "Version", "X-Amz-Security-Token");

  private QueryInput() {}

  static ObjectNode of(Map<String, String> params) {
    // Parameters as a tree keyed by their dotted parts; numbered parts sort as numbers.
    ObjectNode tree = Json.object();
    new TreeMap<>(params)
        .forEach(
            (name, value) -> {
              if (!PROTOCOL.contains(name)) {
                put(tree, name.split("\\."), value);
              }
            });
    return structure(tree);
  }

  private static void put(ObjectNode tree, String[] path, String value) {
    ObjectNode node = tree;
    for (int i = 0; i < path.length - 1; i++) {
      JsonNode child = node.get(path[i]);
      node = child instanceof ObjectNode object ? object : node.putObject(path[i]);
    }
    node.put(path[path.length - 1], value);
  }

  // Renames each flattened member to its JSON name and shape.
  private static ObjectNode structure(JsonNode tree) {
    ObjectNode out = Json.object();
    tree.properties()
        .forEach(
            e -> {
              String name = e.getKey();
              JsonNode value = e.getValue();
              switch (name) {
                case "Attribute" -> out.set("Attributes", map(value, "Name", "Value", false));
                case "Tag", "Tags" ->
                    out.set(
                        tree.has("QueueName") ? "tags" : "Tags", map(value, "Key", "Value", false));
                case "MessageAttribute" ->
                    out.set("MessageAttributes", map(value, "Name", "Value", true));
                case "MessageSystemAttribute" ->
                    out.set("MessageSystemAttributes", map(value, "Name", "Value", true));
                case "AttributeName" -> out.set("AttributeNames", list(value, false));
                case "MessageSystemAttributeName" ->
                    out.set("MessageSystemAttributeNames", list(value, false));
                case "MessageAttributeName" -> out.set("MessageAttributeNames", list(value, false));
                case "TagKey" -> out.set("TagKeys", list(value, false));
                case "SendMessageBatchRequestEntry",
                    "DeleteMessageBatchRequestEntry",
                    "ChangeMessageVisibilityBatchRequestEntry" ->
                    out.set("Entries", list(value, true));
                default -> {
                  if (value.isString() && INTEGERS.contains(name) && isInt(value.asString())) {
                    out.put(name, Integer.parseInt(value.asString()));
                  } else if (value.isString()) {
                    out.put(name, value.asString());
                  } else {
                    out.set(name, structure(value));
                  }
                }
              }
            });
    return out;
  }

  private static ArrayNode list(JsonNode numbered, boolean structures) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    byNumber(numbered).values().forEach(v -> out.add(structures ? structure(v) : v));
    return out;
  }

  private static ObjectNode map(JsonNode numbered, String key, String value, boolean structures) {
    ObjectNode out = Json.object();
    byNumber(numbered)
        .values()
        .forEach(
            entry -> {
              JsonNode v = entry.path(value);
              out.set(entry.path(key).asString(""), structures ? structure(v) : v);
            });
    return out;
  }

  private static Map<Integer, JsonNode> byNumber(JsonNode numbered) {
    Map<Integer, JsonNode> sorted = new TreeMap<>();
    numbered
        .properties()
        .forEach(
            e -> {
              if (isInt(e.getKey())) {
                sorted.put(Integer.parseInt(e.getKey()), e.getValue());
              }
            });
    return sorted;
  }

  private static boolean isInt(String text) {
    return text.matches("-?\\d{1,9}");
  }
}
