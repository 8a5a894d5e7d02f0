package io.firedrill.sandbox.events;

import io.firedrill.sandbox.wire.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.RuleCompiler;
import tools.jackson.databind.node.ObjectNode;

/** The default bus's rules by name; its monitor guards every rule in it. */
final class Rules {

  /** A rule that matched an event, and its targets then. */
  record Match(String ruleArn, List<ObjectNode> targets) {}

  private final Map<String, Rule> byName = new TreeMap<>();

  synchronized Rule get(String name) {
    return byName.get(name);
  }

  synchronized Rule require(String name) {
    Rule rule = byName.get(name);
    if (rule == null) {
      throw EventsErrors.noRule(name);
    }
    return rule;
  }

  synchronized Rule byArn(String arn) {
    for (Rule rule : byName.values()) {
      if (rule.arn.equals(arn)) {
        return rule;
      }
    }
    throw EventsErrors.noResource(arn);
  }

  synchronized void put(Rule rule) {
    byName.put(rule.name, rule);
  }

  synchronized void remove(String name) {
    byName.remove(name);
  }

  synchronized boolean isEmpty() {
    return byName.isEmpty();
  }

  synchronized List<Rule> all() {
    return new ArrayList<>(byName.values());
  }

  /**
   * The enabled rules {@code eventJson} matches, with their targets. A read-only CloudTrail event
   * reaches only the rules that opted in to all management events, as on AWS.
   */
  synchronized List<Match> matching(String eventJson, boolean readOnlyCall) {
    List<Match> out = new ArrayList<>();
    for (Rule rule : byName.values()) {
      boolean wanted =
          rule.enabled() && (!readOnlyCall || Rule.ALL_MANAGEMENT_EVENTS.equals(rule.state));
      if (wanted && !rule.targets.isEmpty() && rule.matches(eventJson)) {
        out.add(new Match(rule.arn, List.copyOf(rule.targets.values())));
      }
    }
    return out;
  }

  /**
   * A machine matching {@code pattern}, checked as EventBridge checks it.
   *
   * @throws io.firedrill.sandbox.api.AwsException InvalidEventPatternException
   */
  static Machine compile(String pattern) {
    String problem = RuleCompiler.check(pattern);
    if (problem != null) {
      throw EventsErrors.invalidPattern(problem);
    }
    Machine machine = new Machine();
    try {
      machine.addRule("rule", pattern);
    } catch (IOException | RuntimeException e) {
      throw EventsErrors.invalidPattern(String.valueOf(e.getMessage()));
    }
    return machine;
  }

  synchronized EventsState snapshot() {
    List<EventsState.SavedRule> saved = new ArrayList<>();
    for (Rule rule : byName.values()) {
      saved.add(
          new EventsState.SavedRule(
              rule.name,
              rule.arn,
              rule.pattern,
              rule.state,
              rule.description,
              rule.scheduleExpression,
              rule.roleArn,
              rule.targets.values().stream().map(Json::write).toList(),
              new LinkedHashMap<>(rule.tags)));
    }
    return new EventsState(saved);
  }

  synchronized void restore(EventsState state) {
    byName.clear();
    if (state == null) {
      return;
    }
    for (EventsState.SavedRule saved : state.rules()) {
      Rule rule = new Rule(saved.name(), saved.arn());
      rule.pattern = saved.pattern();
      rule.machine = saved.pattern() == null ? null : compile(saved.pattern());
      rule.state = saved.state();
      rule.description = saved.description();
      rule.scheduleExpression = saved.scheduleExpression();
      rule.roleArn = saved.roleArn();
      for (String target : saved.targets()) {
        ObjectNode node = (ObjectNode) Json.MAPPER.readTree(target);
        rule.targets.put(node.get("Id").asString(), node);
      }
      rule.tags.putAll(saved.tags());
      byName.put(rule.name, rule);
    }
  }
}
