package io.firedrill.injector.plan;

import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.Step;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks a scenario against the technique catalog and reports all its problems at once. */
public final class Planner {

  private Planner() {}

  public static Plan plan(Scenario scenario) {
    List<String> problems = new ArrayList<>();
    List<PlannedInject> injects = new ArrayList<>();
    for (Step step : scenario.timeline()) {
      Optional<Technique<?>> technique = TechniqueCatalog.find(step.technique());
      if (technique.isEmpty()) {
        problems.add(step.location().describe(unknownTechnique(step.technique())));
        continue;
      }
      try {
        Object parameters = technique.get().parameters(step.with());
        injects.add(new PlannedInject(step, technique.get(), parameters));
      } catch (IllegalArgumentException e) {
        problems.add(step.location().describe(step.technique() + ": " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new Plan(scenario, injects);
  }

  private static String unknownTechnique(String id) {
    String closest =
        TechniqueCatalog.all().stream()
            .map(Technique::id)
            .min(Comparator.comparingInt(known -> EditDistance.between(id, known)))
            .orElseThrow();
    String message = "unknown technique '" + id + "'";
    if (EditDistance.between(id, closest) <= Math.max(3, id.length() / 4)) {
      return message + "; did you mean '" + closest + "'?";
    }
    return message + "; 'technique list' shows the catalog";
  }
}
