package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Json;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Message attributes: checked when sent, and chosen by name when received. */
final class MessageAttributes {

  private MessageAttributes() {}

  /** The attributes of a send, checked as SQS checks them; an empty object when none. */
  static ObjectNode checked(JsonNode given) {
    ObjectNode out = Json.object();
    if (given == null || given.isNull()) {
      return out;
    }
    if (!given.isObject()) {
      throw SqsErrors.invalidParameter("MessageAttributes must be a map.");
    }
    if (given.size() > 10) {
      throw SqsErrors.invalidParameter(
          "Number of message attributes [" + given.size() + "] exceeds the allowed maximum [10].");
    }
    given
        .properties()
        .forEach(
            e -> {
              String name = e.getKey();
              JsonNode value = e.getValue();
              String type = value.path("DataType").asString("");
              boolean binary = type.startsWith("Binary");
              if (!(binary || type.startsWith("String") || type.startsWith("Number"))) {
                throw SqsErrors.invalidParameter(
                    "The message attribute '" + name + "' has an invalid message attribute type.");
              }
              String member = binary ? "BinaryValue" : "StringValue";
              String text = value.path(member).asString("");
              if (text.isEmpty()) {
                throw SqsErrors.invalidParameter(
                    "The message attribute '"
                        + name
                        + "' must contain non-empty message attribute value for message attribute"
                        + " type '"
                        + type
                        + "'.");
              }
              if (binary) {
                try {
                  Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException notBase64) {
                  throw SqsErrors.invalidParameter(
                      "The message attribute '" + name + "' has an invalid binary value.");
                }
              }
              out.putObject(name).put("DataType", type).put(member, text);
            });
    return out;
  }

  /**
   * The attributes {@code wanted} names: {@code All} or {@code .*} for every one, {@code prefix.*}
   * for those under a prefix, else exact names.
   */
  static ObjectNode chosen(JsonNode attributes, List<String> wanted) {
    ObjectNode out = Json.object();
    attributes
        .properties()
        .forEach(
            e -> {
              if (wanted(e.getKey(), wanted)) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  private static boolean wanted(String name, List<String> wanted) {
    for (String pattern : wanted) {
      if (pattern.equals("All") || pattern.equals(".*") || pattern.equals(name)) {
        return true;
      }
      if (pattern.endsWith(".*") && name.startsWith(pattern.substring(0, pattern.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
