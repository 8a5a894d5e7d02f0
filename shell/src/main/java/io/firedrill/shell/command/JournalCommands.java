package io.firedrill.shell.command;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalException;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.reports.ReportFiles;
import io.firedrill.reports.ReportWriter;
import io.firedrill.scoring.score.Scorer;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExitCodes;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code journal verify} and {@code report}: what can be done with an exercise's journal later. */
@Component
class JournalCommands {

  private final ExitCodeHolder exitCode;

  JournalCommands(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = {"journal", "verify"},
      group = "Evidence",
      description =
          "Check that a journal's hash chain is intact: that no entry was edited, removed or reordered",
      help =
          """
          journal verify <journal.jsonl>

          Exit codes: 0 the chain is intact, 1 it is broken (the entry is named), 2 no such file.""")
  public void verify(
      @Argument(index = 0, description = "a journal.jsonl") String file, CommandContext context) {
    List<JournalEntry> entries = read(file);
    if (entries != null) {
      context.outputWriter().println(file + ": " + entries.size() + " entries, hash chain intact");
    }
  }

  @Command(
      name = "report",
      group = "Evidence",
      description = "Score an exercise's journal again and write its report",
      help =
          """
          report <journal.jsonl> [--out DIR]

          Scores the journal alone, as the exercise did, and writes report.html and result.json
          into DIR (default: the journal's own folder). The same journal gives the same report.""")
  public void report(
      @Argument(index = 0, description = "a journal.jsonl") String file,
      @Option(longName = "out", description = "output folder (default: beside the journal)")
          String out,
      CommandContext context) {
    List<JournalEntry> entries = read(file);
    if (entries == null) {
      return;
    }
    Path folder = out == null ? Path.of(file).toAbsolutePath().getParent() : Path.of(out);
    ReportFiles report = ReportWriter.write(Scorer.score(entries), folder);
    context.outputWriter().println("report:  " + report.html().toAbsolutePath());
  }

  /** The journal's entries, or null (with the reason printed and the exit code set). */
  private List<JournalEntry> read(String file) {
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      System.err.println("firedrill: no such journal: '" + (file == null ? "" : file) + "'");
      exitCode.set(ExitCodes.BAD_INPUT);
      return null;
    }
    try {
      return JournalReader.read(Path.of(file));
    } catch (JournalException e) {
      System.err.println(e.getMessage());
      exitCode.set(ExitCodes.EXPECTATION_MISSED);
      return null;
    } catch (UncheckedIOException e) {
      System.err.println("firedrill: cannot read " + file + ": " + e.getCause().getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
      return null;
    }
  }
}
