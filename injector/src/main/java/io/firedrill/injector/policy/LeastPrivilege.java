package io.firedrill.injector.policy;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.exercise.policy.PolicyStatement;
import io.firedrill.exercise.scenario.Actor;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The least privilege each actor of a scenario needs for every call of its steps to be allowed: one
 * statement per technique (Sid from the technique's id), holding the union of its steps' grants.
 * Cleanup needs none of it, since it runs with firedrill's own identity.
 */
public final class LeastPrivilege {

  private LeastPrivilege() {}

  /**
   * Every actor's policies, actors in name order; an actor acting through a role gets two: the
   * role's, and its user's, which only lets it assume the role.
   *
   * @param account the account id, or {@code *} when the policy must fit any account
   * @param region the exercise's region, or {@code *}
   */
  public static List<ActorPolicy> of(Plan plan, String account, String region) {
    List<ActorPolicy> policies = new ArrayList<>();
    new TreeMap<>(plan.scenario().actors())
        .values()
        .forEach(actor -> policies.addAll(of(plan, actor, account, region)));
    return policies;
  }

  /**
   * One actor's policies.
   *
   * @throws IllegalArgumentException naming the scenario's actors when it has no such actor
   */
  public static List<ActorPolicy> of(Plan plan, String actorName, String account, String region) {
    Actor actor = plan.scenario().actors().get(actorName);
    if (actor == null) {
      throw new IllegalArgumentException(
          "scenario "
              + plan.scenario().id()
              + " has no actor '"
              + actorName
              + "'; expected one of: "
              + String.join(", ", new TreeSet<>(plan.scenario().actors().keySet())));
    }
    return of(plan, actor, account, region);
  }

  private static List<ActorPolicy> of(Plan plan, Actor actor, String account, String region) {
    Arns arns =
        new Arns(
            account,
            actor.region() != null ? actor.region() : region,
            actor.user(),
            actor.assumesRole() != null);
    // technique id -> action -> resources, all sorted so that the document is always the same.
    Map<String, Map<String, Set<String>>> byTechnique = new TreeMap<>();
    for (PlannedInject inject : plan.injects()) {
      if (!inject.step().actor().equals(actor.name())) {
        continue;
      }
      Map<String, Set<String>> actions =
          byTechnique.computeIfAbsent(inject.technique().id(), id -> new TreeMap<>());
      for (Grant grant : inject.grants(arns)) {
        actions.computeIfAbsent(grant.action(), a -> new TreeSet<>()).add(grant.resource());
      }
    }
    List<PolicyStatement> statements = new ArrayList<>();
    byTechnique.forEach((id, actions) -> statements.addAll(statements(id, actions)));
    PolicyDocument acting = new PolicyDocument(statements);
    if (actor.assumesRole() == null) {
      return List.of(new ActorPolicy(actor.name(), "user/" + actor.user(), acting));
    }
    PolicyDocument assume =
        new PolicyDocument(
            List.of(
                new PolicyStatement(
                    "AssumeRole" + PolicyStatement.sidOf(actor.assumesRole()),
                    List.of("sts:AssumeRole"),
                    List.of(arns.role(actor.assumesRole())))));
    return List.of(
        new ActorPolicy(actor.name(), "user/" + actor.user(), assume),
        new ActorPolicy(actor.name(), "role/" + actor.assumesRole(), acting));
  }

  // One statement per set of resources its actions share: Sid, Sid2, ... in the actions' order.
  private static List<PolicyStatement> statements(
      String techniqueId, Map<String, Set<String>> actions) {
    Map<Set<String>, List<String>> byResources = new java.util.LinkedHashMap<>();
    actions.forEach(
        (action, resources) ->
            byResources.computeIfAbsent(resources, r -> new ArrayList<>()).add(action));
    String sid = PolicyStatement.sidOf(techniqueId.replaceFirst("^aws\\.", ""));
    List<PolicyStatement> statements = new ArrayList<>();
    byResources.forEach(
        (resources, names) ->
            statements.add(
                new PolicyStatement(
                    statements.isEmpty() ? sid : sid + (statements.size() + 1),
                    names,
                    List.copyOf(resources))));
    return statements;
  }
}
