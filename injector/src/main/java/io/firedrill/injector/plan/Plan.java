package io.firedrill.injector.plan;

import io.firedrill.exercise.scenario.Scenario;
import java.util.List;

/** A scenario whose every step names a known technique with valid parameters. */
public record Plan(Scenario scenario, List<PlannedInject> injects) {

  public Plan {
    injects = List.copyOf(injects);
  }
}
