package io.firedrill.sandbox.events;

import java.util.List;
import java.util.Map;

/**
 * The default bus's rules and their targets, as plain data, for the sandbox's state file.
 *
 * @param rules every rule
 */
public record EventsState(List<SavedRule> rules) {

  public EventsState {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** One rule; each target as its JSON text, as ListTargetsByRule answers it. */
  public record SavedRule(
      String name,
      String arn,
      String pattern,
      String state,
      String description,
      String scheduleExpression,
      String roleArn,
      List<String> targets,
      Map<String, String> tags) {}
}
