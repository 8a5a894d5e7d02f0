package io.firedrill.sandbox.events;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.event.ruler.Machine;
import tools.jackson.databind.node.ObjectNode;

/**
 * One rule on the default bus: its pattern (compiled once into an event-ruler machine), state and
 * targets by id. Mutable; guarded by the {@link Rules} that holds it.
 */
final class Rule {

  static final String ENABLED = "ENABLED";
  static final String DISABLED = "DISABLED";
  // AWS's opt-in for read-only management events (Get, List, Describe) from CloudTrail.
  static final String ALL_MANAGEMENT_EVENTS = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

  final String name;
  final String arn;
  String pattern;
  Machine machine;
  String state;
  String description;
  String scheduleExpression;
  String roleArn;
  final Map<String, ObjectNode> targets = new LinkedHashMap<>();
  final Map<String, String> tags = new LinkedHashMap<>();

  Rule(String name, String arn) {
    this.name = name;
    this.arn = arn;
  }

  boolean enabled() {
    return !DISABLED.equals(state);
  }

  boolean matches(String eventJson) {
    if (machine == null) {
      return false;
    }
    try {
      return !machine.rulesForJSONEvent(eventJson).isEmpty();
    } catch (Exception unreadable) {
      return false;
    }
  }
}
