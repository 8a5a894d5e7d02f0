package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderProgressTest {

  @TempDir Path dir;

  record Reached(String step, int percent) {}

  @Test
  void everyPartIsToldInOrderAndThePdfMovesTheBarMost() throws Exception {
    List<Reached> told = write(EnumSet.allOf(ReportWriter.Rendering.class));

    assertThat(told.get(0)).isEqualTo(new Reached("scoring", 0));
    assertThat(told.get(told.size() - 1)).isEqualTo(new Reached("done", 100));
    assertThat(told.stream().map(Reached::step).distinct())
        .containsExactly("scoring", "HTML", "Markdown", "PDF", "JSON", "JUnit", "manifest", "done");
    assertThat(told).extracting(Reached::percent).isSorted();
    // Inside the PDF the bar still moves: more than one figure while it renders.
    assertThat(told.stream().filter(r -> r.step().equals("PDF")).count()).isGreaterThan(3);
  }

  @Test
  void withoutThePdfScoringAndTheOtherPartsFillTheBar() throws Exception {
    List<Reached> told = write(EnumSet.of(ReportWriter.Rendering.JSON));

    // Scoring moves the bar as the journal is read; then each part starts at its own share.
    assertThat(told.get(0)).isEqualTo(new Reached("scoring", 0));
    assertThat(told.stream().filter(r -> r.step().equals("scoring")).map(Reached::percent))
        .hasSizeGreaterThan(3)
        .allMatch(percent -> percent <= 58);
    assertThat(told.subList(told.size() - 3, told.size()))
        .containsExactly(
            new Reached("JSON", 58), new Reached("manifest", 88), new Reached("done", 100));
    assertThat(told).extracting(Reached::percent).isSorted();
  }

  /** Writes a recorded exercise's report with these renderings; what the progress was told. */
  private List<Reached> write(Set<ReportWriter.Rendering> renderings) throws Exception {
    List<Reached> told = new ArrayList<>();
    ReportWriter.write(
        Recorded.copy("blue-absent", dir),
        ReportSettings.draft(Recorded.ATTACK_IDS),
        dir,
        renderings,
        (step, percent) -> told.add(new Reached(step, percent)));
    return told;
  }
}
