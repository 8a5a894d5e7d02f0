package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during an exercise: it ends properly, cleans up, keeps its journal, and exits 4. */
class InterruptTest {

  @TempDir Path dir;

  @Test
  void aStoppedExerciseCleansUpJournalsWhyAndExitsWithFour() throws Exception {
    Path out = dir.resolve("out.txt");
    Process run =
        Firedrill.start(
            dir,
            out,
            dir.resolve("err.txt"),
            "run",
            "leaked-access-key",
            "--speed",
            "1",
            "--out",
            dir.toString());
    await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(out).contains("inject 2 "));

    run.destroy(); // SIGTERM, which ends the process as Ctrl-C does

    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(4);
    String printed = Files.readString(out);
    assertThat(printed).contains("exercise ended: interrupted before its end").contains("report:");
    Path journal = Path.of(printed.replaceAll("(?s).*journal: +(\\S+).*", "$1"));
    List<JournalEntry> entries = JournalReader.read(journal); // the chain is intact
    assertThat(entries.get(entries.size() - 1).text("reason"))
        .isEqualTo("interrupted before its end");
    assertThat(entries).extracting(JournalEntry::type).contains("cleanup.done");
  }
}
