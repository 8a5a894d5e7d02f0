package io.firedrill.sandbox.wire;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's one JSON mapper and the few helpers every service needs. */
public final class Json {

  /** Thread-safe once built; shared by every service. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** An empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The compact JSON text of a node. */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * An instant as awsJson timestamps travel: epoch seconds, with milliseconds as the fraction
   * (written as a plain decimal so every client parses it).
   */
  public static BigDecimal epochSeconds(Instant instant) {
    return BigDecimal.valueOf(instant.toEpochMilli(), 3);
  }
}
