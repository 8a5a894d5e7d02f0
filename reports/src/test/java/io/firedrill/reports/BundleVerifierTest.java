package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence bundle: what it holds, that it re-renders byte for byte, and what verify finds. */
class BundleVerifierTest {

  @TempDir Path dir;

  @Test
  void theBundleHoldsTheEvidenceAndEveryRenderingAndVerifies() throws Exception {
    Recorded.render("blue-absent", dir);

    assertThat(names(dir))
        .containsExactlyInAnyOrder(
            "journal.jsonl",
            "scenario.yaml",
            "cloudtrail-records.jsonl",
            "guardduty-findings.jsonl",
            "report.html",
            "report.md",
            "report.pdf",
            "report.json",
            "result.json",
            "junit.xml",
            "manifest.json");
    assertThat(Files.readAllLines(dir.resolve("guardduty-findings.jsonl")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains("\"findingId\""));
    assertThat(Files.readString(dir.resolve("cloudtrail-records.jsonl")))
        .contains("\"StopLogging\"");
    BundleVerifier.Result result = BundleVerifier.verify(dir);
    assertThat(result.problems()).isEmpty();
    assertThat(result.files()).isEqualTo(10);
  }

  @Test
  void theSameJournalGivesTheSameBytesInEveryFormatPdfIncluded() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Recorded.render("blue-absent", first);
    Recorded.render("blue-absent", second);

    for (String name : names(first)) {
      assertThat(Files.readAllBytes(second.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }

  @Test
  void verifyNamesTheChangedTheMissingAndTheExtraFile() throws Exception {
    Recorded.render("blue-absent", dir);
    Path findings = dir.resolve("guardduty-findings.jsonl");
    Files.writeString(findings, Files.readString(findings).replace("dev-frank", "dev-frans"));
    Files.delete(dir.resolve("report.md"));
    Files.writeString(dir.resolve("notes.txt"), "added later");

    assertThat(BundleVerifier.verify(dir).problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("changed: guardduty-findings.jsonl"))
        .contains("missing: report.md", "extra: notes.txt is not in the manifest");
  }

  @Test
  void anEditedJournalLineIsCaughtEvenWhenTheManifestIsRewritten() throws Exception {
    Path journal = Recorded.copy("blue-absent", dir.resolve("src"));
    Files.writeString(
        journal, Files.readString(journal).replaceFirst("\"StopLogging\"", "\"StartLogging\""));
    Path bundle = dir.resolve("bundle");
    Files.createDirectories(bundle);
    Files.copy(journal, bundle.resolve("journal.jsonl"));
    Manifest.write(
        bundle, "x", List.of(Manifest.item(bundle.resolve("journal.jsonl"), "evidence")));

    assertThat(BundleVerifier.verify(bundle).problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p).startsWith("changed: journal.jsonl").contains("hash chain broken"));
  }

  @Test
  void aFolderWithoutAManifestIsBadInput() {
    assertThatThrownBy(() -> BundleVerifier.verify(dir))
        .hasMessageContaining("has no manifest.json");
    assertThatThrownBy(() -> BundleVerifier.verify(dir.resolve("absent")))
        .hasMessageContaining("no such folder");
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
