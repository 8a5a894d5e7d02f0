package io.firedrill.exercise.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node that remembers where it was written, with typed accessors that report what was
 * expected instead of failing. Built on snakeyaml-engine's node graph because data binders forget
 * line numbers.
 */
final class YamlValue {

  private final Node node;
  private final String path;
  private final Problems problems;

  YamlValue(Node node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  SourceLocation location() {
    return node.getStartMark()
        .map(mark -> new SourceLocation(path, mark.getLine() + 1, mark.getColumn() + 1))
        .orElse(SourceLocation.unknown(path));
  }

  void problem(String message) {
    problems.add(location(), message);
  }

  /** How many problems the file has so far, to tell whether reading a part found any. */
  int problemCount() {
    return problems.size();
  }

  /** The scalar's text, or empty (with a problem) when it is a map or a list. */
  Optional<String> text(String what) {
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    problem("expected " + what + ", found " + kind());
    return Optional.empty();
  }

  /** The entries of a map in file order, or empty (with a problem) when it is not a map. */
  Map<String, YamlValue> entries(String what, Collection<String> allowedKeys) {
    return entries(what, allowedKeys, problems);
  }

  private Map<String, YamlValue> entries(
      String what, Collection<String> allowedKeys, Problems problems) {
    Map<String, YamlValue> entries = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mapping)) {
      problems.add(location(), "expected " + what + ", found " + kind());
      return entries;
    }
    for (NodeTuple tuple : mapping.getValue()) {
      YamlValue key = new YamlValue(tuple.getKeyNode(), path, problems);
      key.text("a key")
          .ifPresent(
              name -> {
                if (!allowedKeys.isEmpty() && !allowedKeys.contains(name)) {
                  key.problem(
                      "unknown key '"
                          + name
                          + "'; expected one of: "
                          + String.join(", ", allowedKeys));
                } else if (entries.containsKey(name)) {
                  key.problem("duplicate key '" + name + "'");
                } else {
                  entries.put(name, new YamlValue(tuple.getValueNode(), path, problems));
                }
              });
    }
    return entries;
  }

  /** The entries of a map, without reporting anything; empty when it is not a map. */
  Map<String, YamlValue> peekEntries() {
    return entries("", java.util.List.of(), new Problems());
  }

  boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** The items of a list, or empty (with a problem) when it is not a list. */
  List<YamlValue> items(String what) {
    List<YamlValue> items = new ArrayList<>();
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        items.add(new YamlValue(item, path, problems));
      }
    } else {
      problem("expected " + what + ", found " + kind());
    }
    return items;
  }

  private String kind() {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
