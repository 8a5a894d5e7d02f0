package io.firedrill.sandbox.policy;

import java.util.List;

/**
 * One compiled policy statement: whether it allows or denies, and the actions, resources and
 * conditions that decide whether it applies to a request.
 *
 * @param sid the statement's Sid, or null
 * @param deny whether the Effect is Deny
 * @param actions the Action (or, when {@code notAction}, NotAction) patterns, case-insensitive
 * @param notAction whether the patterns name the actions the statement does not apply to
 * @param resources the Resource (or NotResource) patterns, case-sensitive, with policy variables
 * @param notResource whether the patterns name the resources the statement does not apply to
 * @param conditions all must hold
 */
record Statement(
    String sid,
    boolean deny,
    ActionPatterns actions,
    boolean notAction,
    List<Template> resources,
    boolean notResource,
    List<Condition> conditions) {

  Statement {
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  /**
   * Whether the statement applies: its action, resource and every condition match.
   *
   * @param actionKey the request's action as {@link ActionPatterns#key} gives it
   */
  boolean appliesTo(RequestContext request, String actionKey) {
    return actions.matches(actionKey) != notAction
        && resourceMatches(request) != notResource
        && conditionsHold(request);
  }

  private boolean resourceMatches(RequestContext request) {
    for (Template resource : resources) {
      Glob pattern = resource.glob(request);
      if (pattern != null && pattern.matches(request.resource())) {
        return true;
      }
    }
    return false;
  }

  private boolean conditionsHold(RequestContext request) {
    for (Condition condition : conditions) {
      if (!condition.test(request)) {
        return false;
      }
    }
    return true;
  }
}
