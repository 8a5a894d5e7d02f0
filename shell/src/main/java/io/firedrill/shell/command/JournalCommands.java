package io.firedrill.shell.command;

import io.firedrill.exercise.journal.JournalException;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.reports.BundleVerifier;
import io.firedrill.reports.ReportFiles;
import io.firedrill.reports.ReportSettings;
import io.firedrill.reports.ReportWriter;
import io.firedrill.reports.Trend;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.cli.ProgressBar;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.Reports;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    long entries = check(file);
    if (entries >= 0) {
      context.outputWriter().println(file + ": " + entries + " entries, hash chain intact");
    }
  }

  @Command(
      name = "report",
      group = "Evidence",
      description = "Score an exercise's journal again and write its report",
      help =
          """
          report <journal.jsonl> [--out DIR] [--format LIST] [--final] [--version V]
                 [--approver NAME]

          Scores the journal alone, as the exercise did, and writes the evidence bundle into DIR
          (default: the journal's own folder): report.html, report.md, report.pdf, report.json,
          result.json, junit.xml, the evidence files and manifest.json. The same journal and
          options give the same files, byte for byte. --format html,md,pdf,json,junit (any of
          them, comma-separated; default all) writes only those renderings; the evidence and the
          manifest are always written.""")
  public void report(
      @Argument(index = 0, description = "a journal.jsonl") String file,
      @Option(longName = "out", description = "output folder (default: beside the journal)")
          String out,
      @Option(longName = "final", description = "mark the report final (default: draft)")
          boolean isFinal,
      @Option(longName = "version", description = "the report's version (default 0.1)")
          String version,
      @Option(longName = "approver", description = "who approved the report") String approver,
      @Option(longName = "format", description = "html,md,pdf,json,junit (default: all)")
          String format,
      CommandContext context) {
    Set<ReportWriter.Rendering> renderings = ReportFormats.parse(format);
    if (renderings == null) {
      System.err.println(
          "firedrill report: --format expects renderings separated by commas, of "
              + ReportFormats.NAMES
              + "; got '"
              + format
              + "'");
      exitCode.set(ExitCodes.BAD_INPUT);
      return;
    }
    if (check(file) < 0) {
      return;
    }
    Path folder = out == null ? Path.of(file).toAbsolutePath().getParent() : Path.of(out);
    ReportSettings settings =
        Reports.of(
            isFinal ? ReportSettings.Status.FINAL : ReportSettings.Status.DRAFT,
            version == null ? ReportSettings.draft(Map.of()).version() : version,
            approver);
    // Rendering the PDF takes seconds: a bar on stderr shows how far it has come.
    ProgressBar bar = ProgressBar.onStderr();
    ReportFiles report =
        ReportWriter.write(
            Path.of(file),
            settings,
            folder,
            renderings,
            (step, percent) -> bar.percent("writing the report", percent, step));
    context.outputWriter().println("report:  " + ReportFormats.shown(report, renderings));
    context.outputWriter().println("bundle:  " + report.manifest().toAbsolutePath());
  }

  @Command(
      name = {"report", "verify"},
      group = "Evidence",
      description = "Check an evidence bundle against its manifest.json",
      help =
          """
          report verify <folder>

          Exit codes: 0 every file is as the manifest says, 1 a file was changed, is missing or is
          not in the manifest (each is named), 2 the folder or its manifest cannot be read.""")
  public void verifyBundle(
      @Argument(index = 0, description = "an exercise's folder") String folder,
      CommandContext context) {
    try {
      BundleVerifier.Result result = BundleVerifier.verify(Path.of(folder == null ? "" : folder));
      if (result.intact()) {
        context
            .outputWriter()
            .println(folder + ": " + result.files() + " files, all as the manifest says");
      } else {
        result.problems().forEach(p -> System.err.println(folder + ": " + p));
        exitCode.set(ExitCodes.EXPECTATION_MISSED);
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("firedrill: " + e.getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
    }
  }

  @Command(
      name = {"report", "trend"},
      group = "Evidence",
      description = "Compare exercises of one scenario over time",
      help =
          """
          report trend <folder> <folder>...

          Prints score, ratings, each metric and the improvement-plan items open and closed, one
          exercise a row, oldest first. Exit code 2 when a folder has no report.json or the
          exercises played different scenarios.""")
  public void trend(CommandContext context) {
    List<Path> folders =
        context.parsedInput().arguments().stream().map(a -> Path.of(a.value())).toList();
    try {
      context.outputWriter().print(Trend.table(folders));
    } catch (IllegalArgumentException e) {
      System.err.println("firedrill: " + e.getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
    }
  }

  /**
   * How many entries the journal holds, its hash chain checked as it streams by (a replay's journal
   * can be gigabytes); -1, with the reason printed and the exit code set, when it cannot be read or
   * its chain is broken.
   */
  private long check(String file) {
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      System.err.println("firedrill: no such journal: '" + (file == null ? "" : file) + "'");
      exitCode.set(ExitCodes.BAD_INPUT);
      return -1;
    }
    long[] entries = {0};
    try {
      JournalReader.forEach(Path.of(file), entry -> entries[0]++);
      return entries[0];
    } catch (JournalException e) {
      System.err.println(e.getMessage());
      exitCode.set(ExitCodes.EXPECTATION_MISSED);
      return -1;
    } catch (UncheckedIOException e) {
      System.err.println("firedrill: cannot read " + file + ": " + e.getCause().getMessage());
      exitCode.set(ExitCodes.BAD_INPUT);
      return -1;
    }
  }
}
