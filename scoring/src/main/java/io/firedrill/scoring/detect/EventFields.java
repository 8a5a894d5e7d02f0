package io.firedrill.scoring.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of an EventBridge event that a set of event patterns looks at, read straight from the
 * record the event would carry, as the name/value pairs event-ruler matches ({@code
 * detail.eventName}, {@code "StopLogging"}).
 *
 * <p>Why: writing every record back to JSON for event-ruler to parse again cost two thirds of the
 * time to score a trail; the rules read a dozen fields of records that hold hundreds. Values are
 * written as event-ruler writes them when it flattens JSON itself: strings in quotes, unescaped,
 * numbers, booleans and null as their JSON text; arrays give one pair per element. Objects give no
 * pair of their own, as in event-ruler, which keeps only leaves.
 */
final class EventFields {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The pattern paths under {@code detail}, split at the dots, in name order. */
  private final List<Path> detail = new ArrayList<>();

  /** The envelope's own fields the patterns look at ({@code source}, {@code detail-type}...). */
  private final List<String> envelope = new ArrayList<>();

  private record Path(String name, String[] steps) {}

  EventFields(Collection<String> patterns) {
    TreeSet<String> paths = new TreeSet<>();
    for (String pattern : patterns) {
      collect(JSON.readTree(pattern), "", paths);
    }
    for (String path : paths) {
      if (path.startsWith("detail.")) {
        detail.add(new Path(path, path.substring("detail.".length()).split("\\.")));
      } else {
        envelope.add(path);
      }
    }
  }

  /** Every leaf path of a pattern: an object's keys lead on, an array holds what to match. */
  private static void collect(JsonNode pattern, String prefix, TreeSet<String> paths) {
    for (Map.Entry<String, JsonNode> field : pattern.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if ("$or".equals(key) && value.isArray()) {
        value.forEach(branch -> collect(branch, prefix, paths));
      } else if (value.isObject()) {
        collect(value, prefix + key + ".", paths);
      } else {
        paths.add(prefix + key);
      }
    }
  }

  /**
   * The event's name/value pairs in name order, for {@code GenericMachine.rulesForEvent(List)}.
   *
   * @param record the CloudTrail record the event carries as its detail
   * @param envelopeValue the value of one of the envelope's fields, by name, or null when absent
   */
  List<String> of(JsonNode record, Function<String, String> envelopeValue) {
    List<String> pairs = new ArrayList<>();
    // Envelope names ("account", "detail-type", "id", "region", "resources", "source", "time",
    // "version") and "detail." paths interleave in name order: merge the two sorted lists.
    int e = 0;
    for (Path path : detail) {
      while (e < envelope.size() && envelope.get(e).compareTo(path.name()) < 0) {
        addEnvelope(envelope.get(e++), envelopeValue, pairs);
      }
      leaves(record, path.steps(), 0, path.name(), pairs);
    }
    while (e < envelope.size()) {
      addEnvelope(envelope.get(e++), envelopeValue, pairs);
    }
    return pairs;
  }

  private static void addEnvelope(String name, Function<String, String> value, List<String> pairs) {
    String text = value.apply(name);
    if (text != null) {
      pairs.add(name);
      pairs.add('"' + text + '"');
    }
  }

  private static void leaves(
      JsonNode node, String[] steps, int step, String name, List<String> pairs) {
    if (node == null || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        leaves(element, steps, step, name, pairs);
      }
      return;
    }
    if (step == steps.length) {
      if (!node.isObject()) {
        pairs.add(name);
        pairs.add(text(node));
      }
      return;
    }
    if (node.isObject()) {
      leaves(node.get(steps[step]), steps, step + 1, name, pairs);
    }
  }

  private static String text(JsonNode leaf) {
    if (leaf.isString()) {
      return '"' + leaf.asString() + '"';
    }
    return leaf.isNull() ? "null" : leaf.asString();
  }
}
