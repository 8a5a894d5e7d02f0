package io.firedrill.injector.guardrail;

import io.firedrill.exercise.scenario.Actor;
import io.firedrill.exercise.scenario.Step;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import io.firedrill.injector.technique.LaunchesInstances;
import io.firedrill.injector.technique.UsesRegions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guardrails a plan can be held to before anything is called: every region its actors and steps
 * use is on the allow-list, and its RunInstances steps stay under the spend caps. Every problem is
 * reported at once, each at its place in the scenario file.
 */
public final class PlanCheck {

  private PlanCheck() {}

  /**
   * @param targetRegion the region of the target, where actors without a region of their own call
   * @throws TargetRefusedException listing every problem, when there is one
   */
  public static void check(Plan plan, GuardrailPolicy policy, String targetRegion) {
    List<String> problems = new ArrayList<>();
    List<String> regions = regions(plan, policy.regionsFor(targetRegion), targetRegion);
    List<String> spend = spend(plan, policy.spend());
    problems.addAll(regions);
    problems.addAll(spend);
    if (!regions.isEmpty()) {
      problems.add(
          "regions are allowed by firedrill.regions in firedrill.yaml, or FIREDRILL_REGIONS"
              + " (without either, only the target's region "
              + targetRegion
              + ")");
    }
    if (!spend.isEmpty()) {
      problems.add(
          "the caps are firedrill.max-instances-per-step, .max-instances-per-exercise and"
              + " .allowed-instance-types (FIREDRILL_MAX_INSTANCES_PER_STEP, ...)");
    }
    if (!problems.isEmpty()) {
      throw new TargetRefusedException(String.join("\n", problems) + "\nnothing was started");
    }
  }

  static List<String> regions(Plan plan, Set<String> allowed, String targetRegion) {
    String list = new TreeSet<>(allowed).toString();
    List<String> problems = new ArrayList<>();
    for (Actor actor : plan.scenario().actors().values()) {
      if (actor.region() != null && !allowed.contains(actor.region())) {
        problems.add(
            actor
                .location()
                .describe(
                    "actor '"
                        + actor.name()
                        + "' calls region "
                        + actor.region()
                        + ", not on the region allow-list "
                        + list));
      }
    }
    for (PlannedInject inject : plan.injects()) {
      Set<String> used = new LinkedHashSet<>(named(inject));
      if (used.isEmpty()) {
        continue; // its actor's region, checked above or the target's own
      }
      used.removeAll(allowed);
      if (!used.isEmpty()) {
        Step step = inject.step();
        problems.add(
            step.location()
                .describe(
                    step.technique()
                        + " calls region"
                        + (used.size() == 1 ? " " : "s ")
                        + String.join(", ", used)
                        + ", not on the region allow-list "
                        + list));
      }
    }
    return problems;
  }

  static List<String> spend(Plan plan, SpendCaps caps) {
    List<String> problems = new ArrayList<>();
    int total = 0;
    List<String> counted = new ArrayList<>();
    for (PlannedInject inject : plan.injects()) {
      LaunchesInstances.Ask ask = ask(inject);
      if (ask == null) {
        continue;
      }
      Step step = inject.step();
      int times = step.repeat().times();
      int perStep = ask.count() * times;
      total += perStep;
      counted.add(step.location().path() + ":" + step.location().line());
      String asked =
          step.technique()
              + " asks for up to "
              + perStep
              + " instance(s)"
              + (times > 1 ? " (" + ask.count() + " a firing, " + times + " firings)" : "");
      if (perStep > caps.maxPerStep()) {
        problems.add(
            step.location().describe(asked + ", over the cap of " + caps.maxPerStep() + " a step"));
      }
      for (String type : ask.instanceTypes()) {
        String refusal = caps.refusal(type);
        if (refusal != null) {
          problems.add(step.location().describe(step.technique() + ": " + refusal));
        }
      }
    }
    if (total > caps.maxPerExercise()) {
      problems.add(
          plan.scenario().source()
              + ": the scenario's RunInstances steps ("
              + String.join(", ", counted)
              + ") ask for up to "
              + total
              + " instances, over the cap of "
              + caps.maxPerExercise()
              + " an exercise");
    }
    return problems;
  }

  // The planner made the parameters with this technique, so the casts hold.
  @SuppressWarnings("unchecked")
  private static List<String> named(PlannedInject inject) {
    return inject.technique() instanceof UsesRegions<?> regional
        ? ((UsesRegions<Object>) regional).regions(inject.parameters())
        : List.of();
  }

  @SuppressWarnings("unchecked")
  private static LaunchesInstances.Ask ask(PlannedInject inject) {
    return inject.technique() instanceof LaunchesInstances<?> launcher
        ? ((LaunchesInstances<Object>) launcher).launches(inject.parameters())
        : null;
  }
}
