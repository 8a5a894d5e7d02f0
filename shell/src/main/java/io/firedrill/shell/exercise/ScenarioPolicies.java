package io.firedrill.shell.exercise;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.plan.EditDistance;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import io.firedrill.injector.policy.ActorPolicy;
import io.firedrill.injector.policy.LeastPrivilege;
import io.firedrill.sandbox.baseline.BaselineTrail;
import io.firedrill.scoring.policy.ScorerPolicy;
import io.firedrill.scoring.policy.ScorerResources;
import java.util.Collection;
import java.util.List;

/**
 * What {@code policy} prints: the least-privilege policies of a scenario's actors, or the scorer's,
 * as IAM takes them. One document prints bare, so that it can go straight into {@code aws iam
 * create-policy}; several each follow a {@code #} line saying what to attach it to.
 */
public final class ScenarioPolicies {

  private ScenarioPolicies() {}

  /**
   * @param actor only this actor's policies, or null for every actor's
   * @param account the account id, or null for any ({@code *} in the ARNs)
   * @param region the exercise's region, or null for any
   * @param knownIds the scenario ids a misspelt one is compared with
   * @throws ScenarioException with the problems of the scenario file, or of the arguments
   */
  public static String actors(
      ScenarioLibrary library,
      String scenario,
      String actor,
      String account,
      String region,
      Collection<String> knownIds) {
    ScenarioLibrary.Source source = source(library, scenario, knownIds);
    Plan plan = Planner.load(source.text(), source.name());
    List<ActorPolicy> policies;
    try {
      policies =
          actor == null
              ? LeastPrivilege.of(plan, star(account), star(region))
              : LeastPrivilege.of(plan, actor, star(account), star(region));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(List.of(e.getMessage()));
    }
    StringBuilder out = new StringBuilder();
    for (ActorPolicy policy : policies) {
      PolicyDocument document = policy.document();
      String what = "actor " + policy.actor() + ": attach to " + policy.attachTo();
      if (document.statements().isEmpty()) {
        // IAM takes no policy without statements; sts:GetCallerIdentity needs none.
        out.append("# ").append(what).append(": needs no permission\n");
      } else if (policies.size() == 1) {
        out.append(document.toJson()).append('\n');
      } else {
        out.append("# ").append(what).append('\n').append(document.toJson()).append("\n\n");
      }
    }
    return out.toString();
  }

  /** The scorer's policy, on the trail buckets of the scenario's baseline and the queue given. */
  public static String scorer(
      ScenarioLibrary library,
      String scenario,
      String account,
      String region,
      String queue,
      Collection<String> knownIds) {
    ScenarioLibrary.Source source = source(library, scenario, knownIds);
    Plan plan = Planner.load(source.text(), source.name());
    List<String> buckets =
        library.loadBaseline(plan.scenario().baseline()).trails().stream()
            .map(BaselineTrail::bucket)
            .distinct()
            .sorted()
            .toList();
    return ScorerPolicy.of(new ScorerResources(star(account), star(region), buckets, queue))
            .toJson()
        + "\n";
  }

  private static ScenarioLibrary.Source source(
      ScenarioLibrary library, String scenario, Collection<String> knownIds) {
    try {
      return library.scenario(scenario);
    } catch (ScenarioException e) {
      String suggestion =
          EditDistance.closest(scenario, knownIds)
              .map(id -> "did you mean '" + id + "'?")
              .orElse("expected a scenario id of scenarios/ or a YAML file");
      throw new ScenarioException(List.of(e.problems().get(0) + "; " + suggestion));
    }
  }

  private static String star(String value) {
    return value == null || value.isBlank() ? "*" : value;
  }
}
