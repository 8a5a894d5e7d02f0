package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.scoring.score.Evidence;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Party;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.TimelineEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

  @TempDir Path dir;

  private static final Evidence STOP =
      new Evidence(
          "ev-1",
          "req-1",
          "cloudtrail.amazonaws.com",
          "StopLogging",
          "2026-11-22T12:00:31Z",
          "arn:aws:iam::000000000000:user/dev-frank",
          "dev-frank",
          "AKIAATTACKER00000001",
          "203.0.113.7",
          null);

  private static Scorecard card(String title) {
    return new Scorecard(
        "ct-1",
        "cloudtrail-tampering",
        title,
        "ab".repeat(32),
        "000000000000",
        "us-east-1",
        "max",
        Instant.parse("2026-11-22T12:00:00Z"),
        Duration.ofSeconds(330),
        "the scenario's end time was reached",
        List.of(
            new ExpectationResult(
                "seen",
                "detect",
                "StopLogging",
                "attacker",
                Duration.ofMinutes(5),
                "time to detect",
                Outcome.MET,
                Duration.ofSeconds(30),
                Duration.ofSeconds(31),
                Duration.ofSeconds(1),
                STOP),
            new ExpectationResult(
                "restored",
                "recover",
                "StartLogging",
                "blue",
                Duration.ofMinutes(3),
                "time to recover",
                Outcome.MISSED,
                Duration.ofSeconds(30),
                null,
                null,
                null)),
        List.of(
            new TimelineEntry(
                Duration.ofSeconds(31),
                Party.ACTOR,
                "attacker (dev-frank)",
                "seen in CloudTrail: cloudtrail:StopLogging",
                "allowed",
                "ev-1")));
  }

  @Test
  void theHtmlReportShowsOutcomesEvidenceAndTimeline() throws Exception {
    ReportFiles files = ReportWriter.write(card("A leaked key is used to blind CloudTrail"), dir);

    Document html = Jsoup.parse(files.html().toFile());
    assertThat(html.select("#verdict").text()).isEqualTo("1 of 2 expectations met");
    // Detection (weight 30) met, recovery (weight 10) missed: 30 of 40.
    assertThat(html.select("#score").text()).isEqualTo("score 75 / 100");
    assertThat(html.select("#phase-detect td").eachText())
        .containsExactly("detect", "P", "100 %", "30.0", "30");
    assertThat(html.select("#phase-recover td:eq(1)").text()).isEqualTo("U");
    assertThat(html.select("#expectation-seen td").eachText())
        .containsExactly(
            "detect",
            "StopLogging by attacker seen",
            "met",
            "T+0m30s",
            "T+0m31s",
            "time to detect: 1s",
            "5m00s");
    assertThat(html.select("#expectation-restored td:eq(2)").text()).isEqualTo("missed");
    assertThat(html.select("#evidence").text())
        .contains(
            "dev-frank",
            "arn:aws:iam::000000000000:user/dev-frank",
            "203.0.113.7",
            "ev-1",
            "2026-11-22T12:00:31Z")
        .contains("restored not achieved");
    assertThat(html.select("#timeline tbody tr").first().text())
        .contains("T+0m31s", "StopLogging", "ev-1");
    // Self-contained: nothing is fetched from the network.
    assertThat(html.select("link, script[src], img[src]")).isEmpty();
  }

  @Test
  void textFromTheScenarioIsEscaped() throws Exception {
    ReportFiles files = ReportWriter.write(card("<script>alert(1)</script>"), dir);

    Document html = Jsoup.parse(files.html().toFile());
    assertThat(html.select("script")).isEmpty();
    assertThat(html.select("h1").text()).contains("<script>alert(1)</script>");
  }

  @Test
  void theJsonResultCarriesTheSameFacts() throws Exception {
    ReportFiles files = ReportWriter.write(card("t"), dir);

    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(files.json()));
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(json.path("allMet").asBoolean()).isFalse();
    assertThat(json.path("score").asInt()).isEqualTo(75);
    assertThat(json.path("phases").get(1).path("rating").asString()).isEqualTo("U");
    JsonNode seen = json.path("expectations").get(0);
    assertThat(seen.path("outcome").asString()).isEqualTo("met");
    assertThat(seen.path("latencyMillis").asLong()).isEqualTo(1000);
    assertThat(seen.path("evidence").path("userName").asString()).isEqualTo("dev-frank");
    assertThat(json.path("expectations").get(1).path("evidence").isNull()).isTrue();
  }

  @Test
  void theJsonResultCarriesMetricsWithTheirFormulasAndTheResponseInAFixedOrder() throws Exception {
    Scorecard plain = card("t");
    Scorecard card =
        new Scorecard(
            plain.exerciseId(),
            plain.scenarioId(),
            plain.scenarioTitle(),
            plain.scenarioSha256(),
            plain.accountId(),
            plain.region(),
            plain.speed(),
            plain.startedAt(),
            plain.duration(),
            plain.endReason(),
            plain.expectations(),
            plain.timeline(),
            List.of(
                new io.firedrill.scoring.score.Metric(
                    "TTD",
                    "exercise",
                    "TTD = first alert - first inject",
                    Duration.ofSeconds(31),
                    Duration.ofMinutes(5)),
                new io.firedrill.scoring.score.Metric(
                    "TTR",
                    "exercise",
                    "TTR = restored - first inject",
                    null,
                    Duration.ofMinutes(3))),
            List.of(
                new io.firedrill.scoring.score.ResponseAction(
                    Duration.ofSeconds(200),
                    "contain",
                    "access key deactivated",
                    "AKIAATTACKER00000001",
                    "ev-9",
                    true,
                    false)),
            null);

    String first = ResultJson.render(card);
    JsonNode json = JsonMapper.builder().build().readTree(first);

    assertThat(ResultJson.render(card)).isEqualTo(first);
    JsonNode ttd = json.path("metrics").get(0);
    assertThat(ttd.properties().stream().map(java.util.Map.Entry::getKey).toList())
        .containsExactly("name", "scope", "formula", "valueMillis", "targetMillis");
    assertThat(ttd.path("valueMillis").asLong()).isEqualTo(31_000);
    assertThat(json.path("metrics").get(1).path("valueMillis").isNull()).isTrue();
    assertThat(json.path("actions").get(0).path("verified").asBoolean()).isTrue();
    assertThat(json.path("expectations").get(0).path("severity").asString()).isEqualTo("medium");
  }
}
