package io.firedrill.sandbox.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a CloudFormation YAML template into maps, lists, strings and booleans, with the short
 * intrinsic-function tags turned into their long JSON form as CloudFormation does: {@code !Ref X}
 * is {@code {Ref: X}}, {@code !GetAtt A.B} is {@code {Fn::GetAtt: [A, B]}}, {@code !Sub s} is
 * {@code {Fn::Sub: s}}, and so on for every {@code !Name}.
 */
final class CfnYaml {

  private CfnYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String yaml) {
    Node root =
        new Compose(LoadSettings.builder().build())
            .composeString(yaml)
            .orElseThrow(() -> new IllegalArgumentException("the template is empty"));
    return (Map<String, Object>) value(root);
  }

  private static Object value(Node node) {
    String tag = node.getTag().getValue();
    if (tag.startsWith("!")) {
      String name = tag.substring(1);
      Object inner = plain(node);
      if (name.equals("GetAtt") && inner instanceof String dotted) {
        int dot = dotted.indexOf('.');
        inner = List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
      }
      return Map.of(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, inner);
    }
    return plain(node);
  }

  private static Object plain(Node node) {
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        if (map.put(key, value(tuple.getValueNode())) != null) {
          throw new IllegalArgumentException("key '" + key + "' appears twice in one mapping");
        }
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      sequence.getValue().forEach(item -> list.add(value(item)));
      return list;
    }
    ScalarNode scalar = (ScalarNode) node;
    if (Tag.BOOL.equals(scalar.getTag())) {
      return Boolean.valueOf(scalar.getValue());
    }
    return scalar.getValue();
  }
}
