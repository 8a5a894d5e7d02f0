package io.firedrill.sandbox.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A YAML mapping with known keys, whose every problem is reported at the node it is about. */
final class YamlMapping {

  private final Node node;
  private final String source;
  private final Map<String, Node> values;

  private YamlMapping(Node node, String source, Map<String, Node> values) {
    this.node = node;
    this.source = source;
    this.values = values;
  }

  /** {@code node} as a mapping whose keys are among {@code keys}; {@code what} names it. */
  static YamlMapping of(Node node, String source, String what, List<String> keys) {
    String expected = "a mapping with keys " + String.join(", ", keys);
    if (!(node instanceof MappingNode mapping)) {
      throw problem(
          source, node, "expected " + what + " as " + expected + ", found " + describe(node));
    }
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
      if (name == null || !keys.contains(name)) {
        throw problem(
            source,
            key,
            "unknown key "
                + (name == null ? describe(key) : "'" + name + "'")
                + " in "
                + what
                + "; expected one of "
                + String.join(", ", keys));
      }
      if (values.put(name, tuple.getValueNode()) != null) {
        throw problem(source, key, "expected '" + name + "' once in " + what + ", found it again");
      }
    }
    return new YamlMapping(node, source, values);
  }

  Node node() {
    return node;
  }

  String source() {
    return source;
  }

  Node valueNode(String key) {
    return values.get(key);
  }

  String requiredString(String key) {
    Node value = values.get(key);
    if (value == null) {
      throw problem(node, "expected key '" + key + "' (a string), found none");
    }
    if (!(value instanceof ScalarNode scalar) || isNull(value)) {
      throw problem(value, "expected a string for '" + key + "', found " + describe(value));
    }
    return scalar.getValue();
  }

  String optionalString(String key, String otherwise) {
    return values.containsKey(key) && !isNull(values.get(key)) ? requiredString(key) : otherwise;
  }

  boolean optionalBoolean(String key, boolean otherwise) {
    Node value = values.get(key);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT));
    }
    throw problem(value, "expected true or false for '" + key + "', found " + describe(value));
  }

  /** A list of strings, or an empty list when the key is absent or null. */
  List<String> optionalStrings(String key) {
    Node value = values.get(key);
    if (value == null || isNull(value)) {
      return List.of();
    }
    if (!(value instanceof SequenceNode sequence)) {
      throw problem(
          value, "expected a list of strings for '" + key + "', found " + describe(value));
    }
    List<String> strings = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar) || isNull(item)) {
        throw problem(item, "expected a string in '" + key + "', found " + describe(item));
      }
      strings.add(scalar.getValue());
    }
    return strings;
  }

  /** A mapping of strings to strings, or an empty map when the key is absent or null. */
  Map<String, String> optionalStringMap(String key) {
    Node value = values.get(key);
    if (value == null || isNull(value)) {
      return Map.of();
    }
    if (!(value instanceof MappingNode mapping)) {
      throw problem(
          value, "expected a mapping of strings for '" + key + "', found " + describe(value));
    }
    Map<String, String> strings = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode name)
          || !(tuple.getValueNode() instanceof ScalarNode scalar)
          || isNull(tuple.getValueNode())) {
        throw problem(
            tuple.getValueNode(),
            "expected string keys and values in '"
                + key
                + "', found "
                + describe(tuple.getValueNode()));
      }
      strings.put(name.getValue(), scalar.getValue());
    }
    return strings;
  }

  /** Builds a value, turning a validation failure into a problem at {@code at}. */
  <T> T build(Supplier<T> constructor, Node at) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw problem(at, e.getMessage());
    }
  }

  BaselineException problem(Node at, String message) {
    return problem(source, at, message);
  }

  static boolean isNull(Node node) {
    return Tag.NULL.equals(node.getTag());
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull(node)) {
      return "nothing";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  private static BaselineException problem(String source, Node at, String message) {
    int line = at.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = at.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    return new BaselineException(source, line, column, message);
  }
}
