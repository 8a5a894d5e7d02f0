package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.Durations;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import io.firedrill.injector.plan.Planner;
import io.firedrill.injector.technique.TechniqueInfo;
import io.firedrill.shell.exercise.ScenarioLibrary;

/** What {@code run --dry-run} prints: the plan, the calls each inject makes, what is expected. */
final class DryRun {

  private DryRun() {}

  static String describe(ScenarioLibrary library, String scenarioRef) {
    ScenarioLibrary.Source source = library.scenario(scenarioRef);
    Scenario scenario = ScenarioLoader.parse(source.text(), source.name());
    Plan plan = Planner.plan(scenario);
    StringBuilder out = new StringBuilder();
    out.append(scenario.id()).append(": ").append(scenario.title()).append('\n');
    out.append("baseline ")
        .append(scenario.baseline())
        .append(", ends at ")
        .append(Durations.format(scenario.end()))
        .append(" of scenario time\n\n");
    for (PlannedInject inject : plan.injects()) {
      TechniqueInfo info = inject.technique().info();
      out.append(
          String.format(
              "%8s  %-9s %s%n",
              Durations.format(inject.step().at()), inject.step().actor(), info.id()));
      out.append(
          String.format(
              "%8s  %-9s calls %s (needs %s)%n",
              "",
              "",
              String.join(", ", info.eventNames()),
              info.permissions().isEmpty()
                  ? "no permission"
                  : String.join(", ", info.permissions())));
    }
    out.append('\n');
    for (Expectation e : scenario.expectations()) {
      out.append(
          String.format(
              "expect %-10s %-28s %s%s within %s%n",
              e.phase().key(),
              e.id(),
              e.evidence(),
              e.by() == null ? "" : " by " + e.by(),
              Durations.format(e.within())));
    }
    out.append("\nNothing was started: this was a dry run.\n");
    return out.toString();
  }
}
