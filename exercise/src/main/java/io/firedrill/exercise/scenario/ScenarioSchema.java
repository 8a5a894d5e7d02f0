package io.firedrill.exercise.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The scenario format's JSON Schema ({@code scenarios/scenario.schema.json}, shipped in the repo
 * for editors and other tools), checked against a scenario's YAML with each problem placed at the
 * line and column of the value it is about.
 */
final class ScenarioSchema {

  static final String RESOURCE = "scenario.schema.json";

  private static final JsonSchema SCHEMA = load();

  private ScenarioSchema() {}

  /** Adds the schema's complaints about a composed YAML document, each at its location. */
  static void check(Node root, String path, Problems problems) {
    Map<String, SourceLocation> locations = new HashMap<>();
    JsonNode json = toJson(root, "$", path, locations);
    List<ValidationMessage> messages = new ArrayList<>(SCHEMA.validate(json));
    messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
    for (ValidationMessage message : messages) {
      JsonNodePath at = message.getInstanceLocation();
      SourceLocation where = locations.getOrDefault(key(at), SourceLocation.unknown(path));
      problems.add(where, "does not match the scenario schema: " + message.getMessage());
    }
  }

  private static String key(JsonNodePath path) {
    StringBuilder key = new StringBuilder("$");
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      key.append(element instanceof Integer n ? "[" + n + "]" : "." + element);
    }
    return key.toString();
  }

  private static JsonNode toJson(
      Node node, String key, String path, Map<String, SourceLocation> locations) {
    node.getStartMark()
        .ifPresent(
            m -> locations.put(key, new SourceLocation(path, m.getLine() + 1, m.getColumn() + 1)));
    JsonNodeFactory factory = JsonNodeFactory.instance;
    if (node instanceof MappingNode mapping) {
      ObjectNode object = factory.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode name) {
          object.set(
              name.getValue(),
              toJson(tuple.getValueNode(), key + "." + name.getValue(), path, locations));
        }
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = factory.arrayNode();
      for (Node item : sequence.getValue()) {
        array.add(toJson(item, key + "[" + array.size() + "]", path, locations));
      }
      return array;
    }
    return scalar((ScalarNode) node, factory);
  }

  /** A scalar typed as YAML 1.2's core schema resolves it, as the schema expects. */
  private static JsonNode scalar(ScalarNode scalar, JsonNodeFactory factory) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    try {
      if (tag.equals(Tag.INT)) {
        return factory.numberNode(new java.math.BigInteger(text.replace("_", "")));
      }
      if (tag.equals(Tag.FLOAT)) {
        return factory.numberNode(new java.math.BigDecimal(text));
      }
    } catch (NumberFormatException e) {
      return factory.textNode(text);
    }
    if (tag.equals(Tag.BOOL)) {
      return factory.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
    }
    if (tag.equals(Tag.NULL)) {
      return factory.nullNode();
    }
    return factory.textNode(text);
  }

  private static JsonSchema load() {
    try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the scenario schema is missing from the jar: " + RESOURCE);
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
