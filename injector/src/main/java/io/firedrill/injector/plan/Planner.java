package io.firedrill.injector.plan;

import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.ScenarioLoader;
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

  /**
   * Reads a scenario file's text and plans it, reporting the file's format problems and its steps'
   * technique problems together.
   */
  public static Plan load(String text, String name) {
    return plan(ScenarioLoader.parse(text, name, Planner::problems));
  }

  public static Plan plan(Scenario scenario) {
    List<String> problems = new ArrayList<>();
    List<PlannedInject> injects = new ArrayList<>();
    for (Step step : scenario.timeline()) {
      List<String> found = problems(step);
      if (found.isEmpty()) {
        Technique<?> technique = TechniqueCatalog.find(step.technique()).orElseThrow();
        injects.add(new PlannedInject(step, technique, technique.parameters(step.with())));
      } else {
        found.forEach(message -> problems.add(step.location().describe(message)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return new Plan(scenario, injects);
  }

  /** What keeps a step from being played: an unknown technique, or parameters it cannot use. */
  static List<String> problems(Step step) {
    Optional<Technique<?>> technique = TechniqueCatalog.find(step.technique());
    if (technique.isEmpty()) {
      return List.of(unknownTechnique(step.technique()));
    }
    try {
      technique.get().parameters(step.with());
      return List.of();
    } catch (IllegalArgumentException e) {
      return List.of(step.technique() + ": " + e.getMessage());
    }
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
