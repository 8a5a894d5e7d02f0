package io.firedrill.scoring.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GuardDuty finding as the SDK parsed it, written back as the JSON GuardDuty sends: the detail of
 * the "GuardDuty Finding" event EventBridge delivers, which detection patterns are written against.
 * Each field takes the name it has on the wire ({@code accessKeyDetails}, not {@code
 * AccessKeyDetails}), from the SDK's own description of the shape.
 */
final class FindingJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FindingJson() {}

  static ObjectNode of(SdkPojo shape) {
    ObjectNode node = JSON.createObjectNode();
    for (SdkField<?> field : shape.sdkFields()) {
      Object value = field.getValueOrDefault(shape);
      if (value != null) {
        node.set(field.locationName(), value(value));
      }
    }
    return node;
  }

  private static JsonNode value(Object value) {
    if (value instanceof SdkPojo shape) {
      return of(shape);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JSON.createArrayNode();
      list.forEach(element -> array.add(value(element)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = JSON.createObjectNode();
      map.forEach((key, element) -> object.set(String.valueOf(key), value(element)));
      return object;
    }
    if (value instanceof Boolean b) {
      return JSON.getNodeFactory().booleanNode(b);
    }
    if (value instanceof Integer i) {
      return JSON.getNodeFactory().numberNode(i);
    }
    if (value instanceof Long l) {
      return JSON.getNodeFactory().numberNode(l);
    }
    if (value instanceof Double d) {
      return JSON.getNodeFactory().numberNode(d);
    }
    if (value instanceof Instant instant) {
      return JSON.getNodeFactory().stringNode(instant.toString());
    }
    return JSON.getNodeFactory().stringNode(String.valueOf(value));
  }
}
