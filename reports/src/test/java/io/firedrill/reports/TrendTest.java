package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendTest {

  @TempDir Path dir;

  @Test
  void exercisesOfOneScenarioAreComparedOldestFirstCountingClosedItems() throws Exception {
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");
    Recorded.render("blue-absent", before);
    Recorded.render("blue-absent", after);
    // The later run: the blue team contained the key this time (its item closes) and the score
    // rose.
    Path report = after.resolve("report.json");
    String json = Files.readString(report);
    json = json.replace("\"startedAt\" : \"2026-11-30T01:14", "\"startedAt\" : \"2026-12-30T01:14");
    json = json.replaceFirst("\"id\" : \"IP-leaked-key-deactivated\"", "\"id\" : \"IP-gone\"");
    Files.writeString(report, json);

    String table = Trend.table(List.of(after, before));
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0)).isEqualTo("scenario leaked-access-key");
    assertThat(lines.get(1))
        .startsWith("exercise")
        .contains("score", "ratings", "TTD", "TTC", "plan open", "closed");
    assertThat(lines.get(2))
        .contains("2026-11-30T01:14", "36/100", "4/7", "detect:S contain:U", "2m54s")
        .matches(".*3 +-$");
    assertThat(lines.get(3)).contains("2026-12-30T01:14").matches(".*3 +1$");
  }

  @Test
  void exercisesOfDifferentScenariosAreNotCompared() throws Exception {
    Recorded.render("blue-absent", dir.resolve("a"));
    Recorded.render("all-met", dir.resolve("b"));

    assertThatThrownBy(() -> Trend.table(List.of(dir.resolve("a"), dir.resolve("b"))))
        .hasMessageContaining("played scenario cloudtrail-tampering, not leaked-access-key");
    assertThatThrownBy(() -> Trend.table(List.of(dir.resolve("c"))))
        .hasMessageContaining("cannot read");
  }
}
