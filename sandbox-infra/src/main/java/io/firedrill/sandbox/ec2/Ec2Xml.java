package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.wire.Xml;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a response body, built once in the shape CloudTrail records EC2 responses, as the XML EC2
 * answers: a list {@code {"items": [...]}} becomes {@code <item>} elements, {@code _return} is
 * {@code <return>}, and times, which records keep as epoch milliseconds, are ISO instants.
 */
final class Ec2Xml {

  private Ec2Xml() {}

  static String of(JsonNode body) {
    Xml xml = new Xml();
    write(xml, body);
    return xml.toString();
  }

  private static void write(Xml xml, JsonNode node) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey().equals("_return") ? "return" : field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (value.isObject()) {
        xml.open(name);
        JsonNode items = value.get("items");
        if (items != null && items.isArray() && value.size() == 1) {
          for (JsonNode item : items) {
            xml.open("item");
            if (item.isObject()) {
              write(xml, item);
            } else {
              xml.raw(Xml.escape(item.asString()));
            }
            xml.close("item");
          }
        } else {
          write(xml, value);
        }
        xml.close(name);
      } else if (value.isNumber() && name.endsWith("Time")) {
        xml.element(name, Instant.ofEpochMilli(value.asLong()).toString());
      } else {
        xml.element(name, value.asString());
      }
    }
  }
}
