package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The odd shape CloudTrail gives flow-log calls, which real records show: the request as its raw
 * parameters under {@code <Action>Request}, a list member as {@code {"tag": N, "content": value}};
 * the response as its XML under {@code <Action>Response} with the namespace as {@code xmlns}, a
 * list as {@code {"item": ...}} and an empty list as an empty string.
 */
final class FlowLogRecords {

  private FlowLogRecords() {}

  static JsonNode request(String action, Map<String, String> params) {
    ObjectNode inner = Json.object();
    Map<String, String> sorted = new TreeMap<>(params);
    sorted.forEach(
        (name, value) -> {
          if (!name.equals("Action") && !name.equals("Version")) {
            put(inner, name.split("\\."), 0, value);
          }
        });
    ObjectNode out = Json.object();
    out.set(action + "Request", inner);
    return out;
  }

  private static void put(ObjectNode node, String[] path, int at, String value) {
    String key = path[at];
    if (at + 1 < path.length && path[at + 1].matches("\\d{1,6}")) {
      int tag = Integer.parseInt(path[at + 1]);
      ObjectNode member = member(node, key, tag);
      if (at + 2 == path.length) {
        member.put("content", value);
      } else {
        put(member, path, at + 2, value);
      }
    } else if (at + 1 == path.length) {
      node.set(key, scalar(value));
    } else {
      ObjectNode child =
          node.has(key) && node.get(key).isObject() ? (ObjectNode) node.get(key) : null;
      if (child == null) {
        child = node.putObject(key);
      }
      put(child, path, at + 1, value);
    }
  }

  // The member {@code tag} of the list {@code key}: one object while the list has one member, an
  // array once it has more.
  private static ObjectNode member(ObjectNode node, String key, int tag) {
    JsonNode existing = node.get(key);
    if (existing == null) {
      return node.putObject(key).put("tag", tag);
    }
    ArrayNode members;
    if (existing.isArray()) {
      members = (ArrayNode) existing;
    } else {
      members = Json.MAPPER.createArrayNode().add(existing);
      node.set(key, members);
    }
    for (JsonNode member : members) {
      if (member.path("tag").asInt() == tag) {
        return (ObjectNode) member;
      }
    }
    return members.addObject().put("tag", tag);
  }

  private static JsonNode scalar(String value) {
    if (value.matches("-?\\d{1,9}")) {
      return JsonNodeFactory.instance.numberNode(Integer.parseInt(value));
    }
    if (value.equals("true") || value.equals("false")) {
      return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
    }
    return JsonNodeFactory.instance.stringNode(value);
  }

  static Outcome outcome(ApiCall call, ObjectNode body) {
    ObjectNode inner = Json.object().put("xmlns", Ec2Service.NAMESPACE);
    inner.put("requestId", call.requestId());
    body.properties().forEach(field -> inner.set(field.getKey(), xmlish(field.getValue())));
    ObjectNode recorded = Json.object();
    recorded.set(call.action() + "Response", inner);
    return Outcome.xml(Ec2Xml.of(body)).recording(recorded);
  }

  private static JsonNode xmlish(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    JsonNode items = node.get("items");
    if (node.isEmpty()) {
      return JsonNodeFactory.instance.stringNode("");
    }
    if (items != null && items.isArray() && node.size() == 1) {
      ObjectNode out = Json.object();
      if (items.size() == 1) {
        out.set("item", xmlish(items.get(0)));
      } else {
        ArrayNode all = out.putArray("item");
        items.forEach(item -> all.add(xmlish(item)));
      }
      return out;
    }
    ObjectNode out = Json.object();
    node.properties().forEach(field -> out.set(field.getKey(), xmlish(field.getValue())));
    return out;
  }
}
