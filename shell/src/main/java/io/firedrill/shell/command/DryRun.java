package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.Durations;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Notice;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.Step;
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
    Plan plan = Planner.load(source.text(), source.name());
    Scenario scenario = plan.scenario();
    StringBuilder out = new StringBuilder();
    out.append(scenario.id()).append(": ").append(scenario.title()).append('\n');
    out.append("baseline ")
        .append(scenario.baseline())
        .append(", ends at ")
        .append(Durations.format(scenario.end()))
        .append(" of scenario time\n\n");
    for (PlannedInject inject : plan.injects()) {
      TechniqueInfo info = inject.technique().info();
      Step step = inject.step();
      out.append(
          String.format(
              "%8s  %-9s %s%s%n",
              Durations.format(scenario.plannedStart(step)), step.actor(), info.id(), when(step)));
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
    for (Notice notice : scenario.notices()) {
      out.append(
          String.format(
              "%8s  %-9s notice from %s: %s%n",
              Durations.format(notice.at()), "", notice.from(), notice.subject()));
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

  /** How a step's time is set, when it is more than an offset. */
  private static String when(Step step) {
    StringBuilder text = new StringBuilder();
    if (step.after() != null) {
      text.append(" (")
          .append(Durations.format(step.at()))
          .append(" after ")
          .append(step.after())
          .append(" if on time)");
    }
    if (step.repeat().times() > 1) {
      text.append(" x")
          .append(step.repeat().times())
          .append(" every ")
          .append(Durations.format(step.repeat().every()));
    }
    return text.toString();
  }
}
