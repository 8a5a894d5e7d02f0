package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.plan.Planner;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueCatalog;
import io.firedrill.injector.technique.TechniqueInfo;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.ScenarioLibrary;
import java.io.PrintWriter;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code scenario validate | list} and {@code technique list | show}: what can be played. */
@Component
class CatalogCommands {

  private final ExitCodeHolder exitCode;

  CatalogCommands(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = {"scenario", "validate"},
      completionProvider = "scenarioCompletion",
      group = "Scenarios",
      description = "Check scenario files against the format and the technique catalog",
      help =
          """
          scenario validate <file|id>...

          Prints every problem of every file as path:line:column: message (exit 2), or one
          line per valid scenario (exit 0).""")
  public void validate(@Arguments List<String> files, CommandContext context) {
    PrintWriter out = context.outputWriter();
    if (files == null || files.isEmpty()) {
      System.err.println("firedrill scenario validate: expected one or more scenario files or ids");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    ScenarioLibrary library = ScenarioLibrary.fromSystem();
    for (String file : files) {
      try {
        ScenarioLibrary.Source source = library.scenario(file);
        Scenario scenario = Planner.load(source.text(), source.name()).scenario();
        out.println(
            source.name()
                + ": ok ("
                + scenario.id()
                + ", "
                + scenario.timeline().size()
                + " steps, "
                + scenario.expectations().size()
                + " expectations)");
      } catch (ScenarioException e) {
        e.problems().forEach(System.err::println);
        exitCode.set(ExitCodes.BAD_INPUT);
      }
    }
    out.flush();
  }

  @Command(
      name = {"technique", "list"},
      group = "Scenarios",
      description = "List the techniques a scenario can play")
  public void list(
      @Option(longName = "tactic", description = "only this tactic, e.g. persistence")
          String tactic,
      CommandContext context) {
    PrintWriter out = context.outputWriter();
    for (Technique<?> technique : TechniqueCatalog.all()) {
      TechniqueInfo info = technique.info();
      if (tactic == null || info.tactic().equals(tactic)) {
        out.printf("%-58s %s%n", info.id(), info.name());
      }
    }
    out.flush();
  }

  @Command(
      name = {"technique", "show"},
      completionProvider = "techniqueCompletion",
      group = "Scenarios",
      description = "Say what a technique does and how it shows")
  public void show(
      @Argument(index = 0, description = "a technique id") String id, CommandContext context) {
    TechniqueInfo info =
        TechniqueCatalog.find(id == null ? "" : id).map(Technique::info).orElse(null);
    if (info == null) {
      System.err.println(
          "firedrill: no technique '" + id + "'; 'technique list' shows the catalog");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    PrintWriter out = context.outputWriter();
    out.println(info.id() + ": " + info.name());
    out.println(info.description());
    out.println("ATT&CK:             " + String.join(", ", info.attackIds()));
    out.println(
        "incident type:      "
            + info.incidentType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    out.println("CloudTrail events:  " + String.join(", ", info.eventNames()));
    out.println(
        "GuardDuty findings: "
            + (info.guardDutyFindings().isEmpty()
                ? "none"
                : String.join(", ", info.guardDutyFindings())));
    out.println(
        "needs permissions:  "
            + (info.permissions().isEmpty() ? "none" : String.join(", ", info.permissions())));
    out.flush();
  }
}
