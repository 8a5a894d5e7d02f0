package io.firedrill.shell.command;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalException;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.Target;
import io.firedrill.injector.cleanup.Cleanup;
import io.firedrill.injector.cleanup.CleanupReport;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExitCodes;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code cleanup <journal>}: undo what an exercise's injects changed, after a crash or an abort.
 */
@Component
class CleanupCommand {

  private final ExitCodeHolder exitCode;

  CleanupCommand(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = "cleanup",
      completionProvider = "exerciseCompletion",
      group = "Exercises",
      description =
          "Undo every change an exercise's journal records, with the credentials of the environment",
      help =
          """
          cleanup <journal.jsonl> [--endpoint URL]

          Reads the ledger of the journal (every change an inject made, written before it made it)
          and undoes it, newest first, as the identity the AWS environment gives (AWS_ACCESS_KEY_ID
          and friends, or a profile). The endpoint is --endpoint, else AWS_ENDPOINT_URL, else
          AWS's own. What is already gone counts as undone. The outcome is added to the journal.
          Exit codes: 0 all undone, 1 something left in place (each named), 2 bad input.""")
  public void cleanup(
      @Argument(index = 0, description = "a journal.jsonl") String file,
      @Option(longName = "endpoint", description = "the AWS endpoint, e.g. the sandbox's")
          String endpoint,
      CommandContext context) {
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      fail("no such journal: '" + (file == null ? "" : file) + "'");
      return;
    }
    String url = endpoint != null ? endpoint : System.getenv("AWS_ENDPOINT_URL");
    try (Journal journal = Journal.resume(Path.of(file), Clock.systemUTC())) {
      ExerciseStart start = ExerciseStart.fromJournal(journal.entries().get(0));
      Target target =
          new Target(url == null ? null : URI.create(url), start.region(), start.exerciseId());
      CleanupReport report;
      try (AwsSession control =
          new AwsSession(
              target,
              new ActorIdentity(
                  "control",
                  DefaultCredentialsProvider.builder().build().resolveCredentials(),
                  null,
                  null))) {
        report = Cleanup.undo(Cleanup.changes(journal.entries()), control);
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("undone", report.undone());
      data.put("failed", report.failed());
      journal.append(
          EntryTypes.CLEANUP_DONE, journal.entries().get(journal.entries().size() - 1).at(), data);
      PrintWriter out = context.outputWriter();
      report.undone().forEach(line -> out.println("undone: " + line));
      report.failed().forEach(line -> out.println("LEFT:   " + line));
      out.println(report.undone().size() + " undone, " + report.failed().size() + " left");
      out.flush();
      exitCode.set(report.complete() ? ExitCodes.OK : ExitCodes.EXPECTATION_MISSED);
    } catch (JournalException e) {
      fail(e.getMessage());
    } catch (SdkException e) {
      fail("cannot reach AWS: " + e.getMessage());
    }
  }

  private void fail(String message) {
    System.err.println("firedrill cleanup: " + message);
    exitCode.set(ExitCodes.BAD_INPUT);
  }
}
