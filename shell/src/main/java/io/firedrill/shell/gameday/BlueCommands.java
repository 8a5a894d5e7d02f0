package io.firedrill.shell.gameday;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExerciseHandle;
import io.firedrill.shell.exercise.ExerciseStatus;
import io.firedrill.shell.exercise.ExitCodes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * {@code blue ack | note | declare}: the blue team's own record of triage and communication,
 * journaled at the scenario time it was made, for the scorer and the report.
 */
@Component
class BlueCommands {

  static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

  private final GameDay gameDay;
  private final ExitCodeHolder exitCode;

  BlueCommands(GameDay gameDay, ExitCodeHolder exitCode) {
    this.gameDay = gameDay;
    this.exitCode = exitCode;
  }

  @Command(
      name = {"blue", "ack"},
      group = "Blue team",
      description = "Acknowledge a detection (finding type) or an expectation (its id)",
      completionProvider = "acknowledgeableCompletion")
  public String ack(
      @Argument(index = 0, description = "a finding type or expectation id") String what) {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    ExerciseStatus status = handle.status().orElseThrow();
    Set<String> known = status.acknowledgeable();
    if (what == null || what.isBlank() || !known.contains(what)) {
      exitCode.set(ExitCodes.BAD_INPUT);
      return "blue ack: "
          + (what == null || what.isBlank() ? "expected what to acknowledge" : "no '" + what + "'")
          + "; expected a detection seen or an expectation id: "
          + String.join(", ", known);
    }
    JournalEntry entry =
        handle.record(EntryTypes.BLUE_ACKNOWLEDGED, Map.of("what", what, "by", "blue"));
    handle.say("blue team acknowledged " + what);
    return "Acknowledged " + what + " at " + Board.at(entry.at()) + ".";
  }

  @Command(
      name = {"blue", "note"},
      group = "Blue team",
      description = "Note something for the exercise's record")
  public String note(@Arguments List<String> words) {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    if (words == null || words.isEmpty()) {
      exitCode.set(ExitCodes.BAD_INPUT);
      return "blue note: expected the note, e.g. blue note deactivated the leaked key of dev-frank";
    }
    String text = String.join(" ", words);
    JournalEntry entry = handle.record(EntryTypes.BLUE_NOTED, Map.of("text", text, "by", "blue"));
    handle.say("blue team noted: " + text);
    return "Noted at " + Board.at(entry.at()) + ".";
  }

  @Command(
      name = {"blue", "declare"},
      group = "Blue team",
      description = "Declare an incident of a severity: low, medium, high or critical",
      completionProvider = "severityCompletion")
  public String declare(
      @Argument(index = 0, description = "low, medium, high or critical") String severity) {
    ExerciseHandle handle = gameDay.current();
    if (handle == null) {
      return nothingRunning();
    }
    String given = severity == null ? "" : severity.toLowerCase(Locale.ROOT);
    if (!SEVERITIES.contains(given)) {
      exitCode.set(ExitCodes.BAD_INPUT);
      return "blue declare: expected a severity, one of "
          + String.join(", ", SEVERITIES)
          + (given.isEmpty() ? "" : "; got '" + severity + "'");
    }
    JournalEntry entry =
        handle.record(EntryTypes.BLUE_DECLARED, Map.of("severity", given, "by", "blue"));
    handle.say("blue team declared a " + given + " incident");
    return "Declared a " + given + " incident at " + Board.at(entry.at()) + ".";
  }

  private String nothingRunning() {
    exitCode.set(ExitCodes.BAD_INPUT);
    return "No exercise is running; 'gameday start <scenario>' starts one.";
  }
}
