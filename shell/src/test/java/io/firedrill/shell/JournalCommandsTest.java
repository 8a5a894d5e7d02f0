package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    Path folder = journal.getParent();
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names)
        .contains("report.html", "report.md", "report.pdf", "report.json", "result.json")
        .contains("junit.xml", "manifest.json", "scenario.yaml", "cloudtrail-records.jsonl");
    Map<String, byte[]> first = new HashMap<>();
    for (String name : names) {
      first.put(name, Files.readAllBytes(folder.resolve(name)));
    }

    Firedrill.Result verified = InThisJvm.run("journal", "verify", journal.toString());
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).contains("hash chain intact");

    Firedrill.Result again = InThisJvm.run("report", journal.toString());
    assertThat(again.exitCode()).isZero();
    for (String name : names) {
      // Every file, the PDF included, is the same byte for byte.
      assertThat(Files.readAllBytes(folder.resolve(name))).as(name).isEqualTo(first.get(name));
    }

    Firedrill.Result intact = InThisJvm.run("report", "verify", folder.toString());
    assertThat(intact.exitCode()).isZero();
    assertThat(intact.out()).contains("10 files, all as the manifest says");
    Firedrill.Result trend = InThisJvm.run("report", "trend", folder.toString(), folder.toString());
    assertThat(trend.exitCode()).isZero();
    assertThat(trend.out()).contains("scenario cloudtrail-tampering", "TTD", "TTR", "detect:P");
    Firedrill.Result notABundle = InThisJvm.run("report", "verify", dir.resolve("none").toString());
    assertThat(notABundle.exitCode()).isEqualTo(2);
    Files.writeString(folder.resolve("junit.xml"), "<testsuites/>");
    Firedrill.Result changed = InThisJvm.run("report", "verify", folder.toString());
    assertThat(changed.exitCode()).isEqualTo(1);
    assertThat(changed.err()).contains("changed: junit.xml");

    String text = Files.readString(journal);
    Files.writeString(journal, text.replaceFirst("\"StopLogging\"", "\"StartLogging\""));
    Firedrill.Result tampered = InThisJvm.run("journal", "verify", journal.toString());
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.err()).contains("hash chain broken at entry");
  }

  @Test
  void aReportWithSomeFormatsWritesOnlyThoseBesideTheEvidenceAndNamesABadOne() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    Files.copy(
        Firedrill.HOME.resolve("reports/src/test/resources/recorded/all-met/journal.jsonl"),
        journal);

    Firedrill.Result some = InThisJvm.run("report", journal.toString(), "--format", "md,JSON");
    Firedrill.Result bad = InThisJvm.run("report", journal.toString(), "--format", "html,docx");

    assertThat(some.exitCode()).as(some.err()).isZero();
    assertThat(some.out()).contains("report:  " + dir.resolve("report.md"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("report.md", "report.json", "result.json", "manifest.json", "journal.jsonl")
          .doesNotContain("report.html", "report.pdf", "junit.xml");
    }
    assertThat(InThisJvm.run("report", "verify", dir.toString()).exitCode()).isZero();
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("--format expects renderings separated by commas, of html, md")
        .contains("got 'html,docx'");
  }
}
