package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an auditor does with a journal afterwards: verify it, and render the report again. */
class JournalCommandsTest {

  @TempDir Path dir;

  @Test
  void aJournalVerifiesUntilOneByteIsEditedAndReRendersTheSameReport() throws Exception {
    Firedrill.Result run =
        Firedrill.run(
            dir,
            "run",
            "cloudtrail-tampering",
            "--blue",
            "auto",
            "--speed",
            "max",
            "--out",
            dir.toString());
    Path journal = Path.of(run.out().replaceAll("(?s).*journal: +(\\S+).*", "$1"));
    Path report = journal.resolveSibling("report.html");
    Path result = journal.resolveSibling("result.json");
    String firstReport = Files.readString(report);
    String firstResult = Files.readString(result);

    Firedrill.Result verified = Firedrill.run(dir, "journal", "verify", journal.toString());
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).contains("hash chain intact");

    Firedrill.Result again = Firedrill.run(dir, "report", journal.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(Files.readString(report)).isEqualTo(firstReport);
    assertThat(Files.readString(result)).isEqualTo(firstResult);

    String text = Files.readString(journal);
    Files.writeString(journal, text.replaceFirst("\"StopLogging\"", "\"StartLogging\""));
    Firedrill.Result tampered = Firedrill.run(dir, "journal", "verify", journal.toString());
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.err()).contains("hash chain broken at entry");
  }
}
