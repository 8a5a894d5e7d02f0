package io.firedrill.reports;

import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an exercise's evidence bundle: the evidence (journal, scenario as run, the CloudTrail
 * records and GuardDuty findings the scorer used, as journaled), the report rendered from it in
 * every format, and {@code manifest.json} with each file's SHA-256. The same journal and settings
 * give the same bytes.
 */
public final class ReportWriter {

  public static final String JOURNAL = "journal.jsonl";
  public static final String SCENARIO = "scenario.yaml";
  static final String CLOUDTRAIL = "cloudtrail-records.jsonl";
  static final String FINDINGS = "guardduty-findings.jsonl";

  /** The report's renderings; the evidence and the manifest are always written. */
  public enum Rendering {
    HTML,
    MARKDOWN,
    PDF,
    JSON,
    JUNIT
  }

  private ReportWriter() {}

  public static ReportFiles write(Path journalFile, ReportSettings settings, Path folder) {
    return write(journalFile, settings, folder, EnumSet.allOf(Rendering.class));
  }

  /**
   * Scores the journal and writes the bundle, with the renderings asked for, into {@code folder}; a
   * {@code scenario.yaml} beside the journal is the scenario as run, and is used when its hash is
   * the one the journal names.
   */
  public static ReportFiles write(
      Path journalFile, ReportSettings settings, Path folder, Set<Rendering> renderings) {
    return write(journalFile, settings, folder, renderings, RenderProgress.NONE);
  }

  /** As {@link #write(Path, ReportSettings, Path, Set)}, telling {@code progress} how far it is. */
  public static ReportFiles write(
      Path journalFile,
      ReportSettings settings,
      Path folder,
      Set<Rendering> renderings,
      RenderProgress progress) {
    Steps steps = new Steps(renderings, progress);
    try {
      steps.begin("scoring");
      Files.createDirectories(folder);
      // The bundle's copy is the journal read from here on: what is scored, cut into evidence and
      // hashed is what the bundle holds. It is streamed, never held whole.
      Path journalCopy = folder.resolve(JOURNAL);
      copy(journalFile, journalCopy);
      // The scorer reads the journal twice and the evidence is cut from it once more: most of a
      // replay's report, so the bar moves through them.
      Scorecard card = Scorer.score(journalCopy, done -> steps.within(done * 0.6));
      List<Manifest.Item> items = new ArrayList<>();
      items.add(Manifest.item(journalCopy, "evidence"));
      Path scenarioSource = journalFile.toAbsolutePath().resolveSibling(SCENARIO);
      Scenario scenario = null;
      if (Files.isRegularFile(scenarioSource)) {
        Path scenarioCopy = folder.resolve(SCENARIO);
        copy(scenarioSource, scenarioCopy);
        items.add(Manifest.item(scenarioCopy, "evidence"));
        scenario = scenario(scenarioCopy, card.scenarioSha256());
      }
      ReportJournal journal =
          ReportJournal.read(
              journalCopy,
              card,
              folder,
              CLOUDTRAIL,
              FINDINGS,
              done -> steps.within(0.6 + done * 0.4));
      items.addAll(journal.evidence());
      String digest = Manifest.evidenceDigest(items);
      Map<String, Object> model =
          ReportModel.of(
              new Inputs(
                  journal.shown(),
                  journal.total(),
                  card,
                  settings,
                  scenario,
                  List.copyOf(items),
                  digest));
      Path html = folder.resolve("report.html");
      Path markdown = folder.resolve("report.md");
      Path pdf = folder.resolve("report.pdf");
      Path report = folder.resolve("report.json");
      Path json = folder.resolve("result.json");
      Path junit = folder.resolve("junit.xml");
      List<Path> written = new ArrayList<>();
      if (renderings.contains(Rendering.HTML)) {
        steps.begin("HTML");
        written.add(text(html, Templates.html(model, false)));
      }
      if (renderings.contains(Rendering.MARKDOWN)) {
        steps.begin("Markdown");
        written.add(text(markdown, Templates.markdown(model)));
      }
      if (renderings.contains(Rendering.PDF)) {
        steps.begin("PDF");
        Files.write(
            pdf, PdfReport.render(model, card.scenarioTitle(), card.startedAt(), steps::within));
        written.add(pdf);
      }
      if (renderings.contains(Rendering.JSON)) {
        steps.begin("JSON");
        written.add(text(report, JsonReport.render(model)));
        written.add(text(json, ResultJson.render(card)));
      }
      if (renderings.contains(Rendering.JUNIT)) {
        steps.begin("JUnit");
        written.add(text(junit, JunitReport.render(card)));
      }
      for (Path file : written) {
        items.add(Manifest.item(file, "report"));
      }
      steps.begin("manifest");
      Manifest.write(folder, card.exerciseId(), items);
      steps.begin("done");
      return new ReportFiles(
          html, json, markdown, pdf, junit, report, folder.resolve(Manifest.FILE), card);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + folder, e);
    }
  }

  /**
   * The parts of writing a report, weighted by what each usually takes (the PDF most of it), as
   * percentages of the parts asked for.
   */
  private static final class Steps {
    private static final Map<String, Integer> WEIGHTS =
        Map.of(
            "scoring",
            10,
            "HTML",
            10,
            "Markdown",
            5,
            "PDF",
            65,
            "JSON",
            5,
            "JUnit",
            3,
            "manifest",
            2,
            "done",
            0);

    private final RenderProgress progress;
    private final int total;
    private int done;
    private String current;
    private int shown = -1;
    private String told;

    Steps(Set<Rendering> renderings, RenderProgress progress) {
      this.progress = progress;
      int sum = WEIGHTS.get("scoring") + WEIGHTS.get("manifest");
      for (Rendering r : renderings) {
        sum += WEIGHTS.get(name(r));
      }
      this.total = sum;
    }

    void begin(String step) {
      if (current != null) {
        done += WEIGHTS.get(current);
      }
      current = step;
      tell(step, step.equals("done") ? 100 : done * 100 / total);
    }

    /** How far into the current part, from 0 to 1. */
    void within(double fraction) {
      tell(current, (int) ((done + WEIGHTS.get(current) * fraction) * 100 / total));
    }

    private void tell(String step, int percent) {
      // A new part is told even at the same figure: the bar says what is under way.
      if (percent > shown || !step.equals(told)) {
        shown = Math.max(shown, percent);
        told = step;
        progress.reached(step, shown);
      }
    }

    private static String name(Rendering r) {
      return switch (r) {
        case HTML -> "HTML";
        case MARKDOWN -> "Markdown";
        case PDF -> "PDF";
        case JSON -> "JSON";
        case JUNIT -> "JUnit";
      };
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.exists(to) || !Files.isSameFile(from, to)) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Scenario scenario(Path file, String sha256) throws IOException {
    try {
      Scenario scenario =
          ScenarioLoader.parse(Files.readString(file, StandardCharsets.UTF_8), SCENARIO);
      return scenario.sha256().equals(sha256) ? scenario : null;
    } catch (ScenarioException e) {
      return null;
    }
  }

  private static Path text(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
