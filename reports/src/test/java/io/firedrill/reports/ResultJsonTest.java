package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.scoring.score.Scorer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * result.json: the same journal, read and scored twice, gives the same bytes, whether it was read
 * into memory or streamed from its file.
 */
class ResultJsonTest {

  @TempDir Path dir;

  @Test
  void theSameJournalScoredTwiceGivesIdenticalBytesMetricsIncluded() throws Exception {
    for (String name : new String[] {"blue-absent", "all-met"}) {
      Path journal = Recorded.copy(name, dir.resolve(name));

      byte[] first =
          ResultJson.render(Scorer.score(JournalReader.read(journal)))
              .getBytes(StandardCharsets.UTF_8);
      byte[] second = ResultJson.render(Scorer.score(journal)).getBytes(StandardCharsets.UTF_8);

      assertThat(second).as(name).isEqualTo(first);
      // The metrics are in those bytes: the exercise's five, then each inject's.
      var metrics = JsonMapper.builder().build().readTree(first).path("metrics");
      assertThat(metrics.valueStream().filter(m -> m.path("scope").asString().equals("exercise")))
          .as(name)
          .extracting(m -> m.path("name").asString())
          .startsWith("TTD", "TTA", "TTC");
      assertThat(
              metrics.valueStream().anyMatch(m -> m.path("scope").asString().startsWith("inject")))
          .as(name)
          .isTrue();
    }
  }
}
