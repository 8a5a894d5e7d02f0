package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot wash of a game day: the recorded blue-absent exercise, replayed into a new journal with
 * what the shell's {@code blue note} and {@code gameday notice} journal, and one scripted notice of
 * the scenario's, which is part of the plan and not of the hot wash.
 */
class HotWashTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  @TempDir Path dir;

  @Test
  void everyFormatListsTheNotesInJournalOrder() throws Exception {
    Path journal = gameDay();

    ReportFiles files =
        ReportWriter.write(journal, ReportSettings.draft(Recorded.ATTACK_IDS), dir.resolve("out"));

    Document html = Jsoup.parse(files.html().toFile());
    assertThat(html.select("#hot-wash-table tbody tr").eachText())
        .containsExactly(
            "T+2m00s game master Finance saw a new IAM user: is it ours?",
            "T+3m10s blue team StopLogging at T+1m, by dev-frank's key; key is the way in",
            "T+4m00s blue team pasted the secret by mistake: " + Secrets.REDACTED);
    assertThat(html.select("#hot-wash-note")).isEmpty();

    String md = Files.readString(files.markdown());
    md = md.substring(md.indexOf("## Hot wash"), md.indexOf("## Appendices"));
    assertThat(md)
        .contains("- T+2m00s, game master: Finance saw a new IAM user: is it ours?")
        .contains(
            "- T+3m10s, blue team: StopLogging at T+1m, by dev-frank's key; key is the way in")
        .doesNotContain("Scheduled notice of the scenario");

    var report = JSON.readTree(files.report().toFile());
    assertThat(report.path("hotWash").path("recorded").asBoolean()).isTrue();
    assertThat(report.path("hotWash").path("entries")).hasSize(3);
    assertThat(report.path("hotWash").path("entries").get(1).path("by").asString())
        .isEqualTo("blue team");

    String pdf;
    try (PDDocument document = Loader.loadPDF(files.pdf().toFile())) {
      pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(pdf).contains("Finance saw a new IAM user: is it ours?", "key is the way in");

    // The note's secret is in no rendering, and the journal excerpt names the notes too.
    for (Path file : List.of(files.html(), files.markdown(), files.report())) {
      assertThat(Files.readString(file)).doesNotContain(SECRET);
    }
    assertThat(html.select("#journal-table").text())
        .contains("blue team noted: StopLogging at T+1m", "notice from game master: Finance saw");
  }

  /** The recorded exercise with the game day's entries put where they happened. */
  private Path gameDay() throws Exception {
    Path source = Recorded.copy("blue-absent", dir.resolve("recorded"));
    List<JournalEntry> recorded = JournalReader.read(source);
    List<Extra> extra =
        new java.util.ArrayList<>(
            List.of(
                new Extra(
                    Duration.ofSeconds(90),
                    EntryTypes.NOTICE_DELIVERED,
                    Map.of(
                        "step", 7,
                        "from", "SOC lead",
                        "subject", "Scheduled notice of the scenario",
                        "text", "",
                        "scheduledAt", 90_000)),
                new Extra(
                    Duration.ofSeconds(120),
                    EntryTypes.NOTICE_DELIVERED,
                    Map.of(
                        "from", "game master",
                        "subject", "Finance saw a new IAM user: is it ours?",
                        "text", "")),
                new Extra(
                    Duration.ofSeconds(190),
                    EntryTypes.BLUE_NOTED,
                    Map.of(
                        "text",
                        "StopLogging at T+1m, by dev-frank's key; key is the way in",
                        "by",
                        "blue")),
                new Extra(
                    Duration.ofSeconds(240),
                    EntryTypes.BLUE_NOTED,
                    Map.of("text", "pasted the secret by mistake: " + SECRET, "by", "blue"))));
    Path file = dir.resolve("game-day").resolve("journal.jsonl");
    Clock wall = Clock.fixed(Instant.parse("2026-11-30T01:14:31Z"), ZoneOffset.UTC);
    try (Journal journal = Journal.create(file, wall)) {
      for (JournalEntry e : recorded) {
        while (!extra.isEmpty() && extra.get(0).at().compareTo(e.at()) <= 0) {
          Extra x = extra.remove(0);
          journal.append(x.type(), x.at(), x.data());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = JSON.convertValue(e.data(), Map.class);
        journal.append(e.type(), e.at(), data);
      }
    }
    Files.copy(source.resolveSibling("scenario.yaml"), file.resolveSibling("scenario.yaml"));
    return file;
  }

  private record Extra(Duration at, String type, Map<String, ?> data) {}
}
