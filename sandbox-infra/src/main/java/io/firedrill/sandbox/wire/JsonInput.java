package io.firedrill.sandbox.wire;

import io.firedrill.sandbox.api.AwsException;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * Typed reads of awsJson input members. A member of the wrong JSON type is a {@code
 * SerializationException}, as AWS's JSON front end answers before the service sees the request.
 */
public final class JsonInput {

  private JsonInput() {}

  /** A string member, or null when absent or JSON null. */
  public static String string(JsonNode input, String member) {
    JsonNode node = present(input, member);
    if (node == null) {
      return null;
    }
    if (!node.isString()) {
      throw wrongType(member, "a string");
    }
    return node.stringValue();
  }

  /** A boolean member, or {@code otherwise} when absent. */
  public static boolean bool(JsonNode input, String member, boolean otherwise) {
    JsonNode node = present(input, member);
    if (node == null) {
      return otherwise;
    }
    if (!node.isBoolean()) {
      throw wrongType(member, "a boolean");
    }
    return node.booleanValue();
  }

  /** An integer member, or null when absent. */
  public static Integer integer(JsonNode input, String member) {
    JsonNode node = present(input, member);
    if (node == null) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw wrongType(member, "an integer");
    }
    return node.intValue();
  }

  /** A timestamp member, sent as epoch seconds (a fraction allowed), or null when absent. */
  public static Instant timestamp(JsonNode input, String member) {
    JsonNode node = present(input, member);
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      throw wrongType(member, "a timestamp in epoch seconds");
    }
    BigDecimal millis = node.decimalValue().movePointRight(3);
    return Instant.ofEpochMilli(millis.longValue());
  }

  /** An array member, or null when absent. */
  public static JsonNode array(JsonNode input, String member) {
    JsonNode node = present(input, member);
    if (node != null && !node.isArray()) {
      throw wrongType(member, "a list");
    }
    return node;
  }

  /** The error the JSON front end answers with for input it cannot read. */
  public static AwsException serialization(String message) {
    return new AwsException(400, "SerializationException", message);
  }

  private static JsonNode present(JsonNode input, String member) {
    JsonNode node = input.get(member);
    return node == null || node.isNull() ? null : node;
  }

  private static AwsException wrongType(String member, String expected) {
    return serialization("Member " + member + " must be " + expected + ".");
  }
}
