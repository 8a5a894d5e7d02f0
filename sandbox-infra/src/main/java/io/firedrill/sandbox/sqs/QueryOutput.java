package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Xml;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes an awsJson SQS answer as the query protocol's result XML: lists flattened into repeated
 * elements, maps into repeated name/value (or key/value) pairs.
 */
final class QueryOutput {

  private static final Map<String, String> LIST_ITEMS =
      Map.of("Messages", "Message", "QueueUrls", "QueueUrl", "Failed", "BatchResultErrorEntry");

  private QueryOutput() {}

  /** The inner XML of {@code <ActionResult>}, or null for an answer with nothing in it. */
  static String render(String action, JsonNode body) {
    if (body == null || body.isEmpty()) {
      return action.equals("ReceiveMessage")
              || action.equals("ListQueues")
              || action.equals("GetQueueAttributes")
              || action.equals("ListQueueTags")
          ? ""
          : null;
    }
    Xml xml = new Xml();
    members(xml, action, body);
    return xml.toString();
  }

  private static void members(Xml xml, String action, JsonNode node) {
    node.properties()
        .forEach(
            e -> {
              String name = e.getKey();
              JsonNode value = e.getValue();
              switch (name) {
                case "Attributes" -> pairs(xml, "Attribute", "Name", "Value", value);
                case "Tags" -> pairs(xml, "Tag", "Key", "Value", value);
                case "MessageAttributes" -> {
                  value
                      .properties()
                      .forEach(
                          a -> {
                            xml.open("MessageAttribute").element("Name", a.getKey()).open("Value");
                            members(xml, action, a.getValue());
                            xml.close("Value").close("MessageAttribute");
                          });
                }
                default -> {
                  if (value.isArray()) {
                    String item =
                        name.equals("Successful")
                            ? action + "ResultEntry"
                            : LIST_ITEMS.getOrDefault(name, name);
                    value.forEach(v -> element(xml, action, item, v));
                  } else {
                    element(xml, action, name, value);
                  }
                }
              }
            });
  }

  private static void element(Xml xml, String action, String name, JsonNode value) {
    if (value.isObject()) {
      xml.open(name);
      members(xml, action, value);
      xml.close(name);
    } else if (name.equals("Body")) {
      // An XML parser turns a bare CR into LF, which would break the body's MD5.
      xml.open(name).raw(Xml.escape(value.asString()).replace("\r", "&#xD;")).close(name);
    } else {
      xml.element(name, value.asString());
    }
  }

  private static void pairs(Xml xml, String entry, String key, String val, JsonNode map) {
    map.properties()
        .forEach(
            e ->
                xml.open(entry)
                    .element(key, e.getKey())
                    .element(val, e.getValue().asString())
                    .close(entry));
  }
}
