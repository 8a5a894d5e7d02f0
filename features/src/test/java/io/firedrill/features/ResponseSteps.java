package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.reports.ReportFiles;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The Then steps about the response: read from the containment probes, which ask the account over
 * the SDK (with firedrill's own key) after each blue-team call and once more at the end.
 */
public class ResponseSteps {

  private static final Set<String> TRAIL_CALLS = Set.of("StopLogging", "DeleteTrail");

  @Then("the trail is logging again within {int} minute(s)")
  public void trailLoggingWithinMinutes(int minutes) {
    trailLogging(Duration.ofMinutes(minutes));
  }

  @Then("the trail is logging again within {int} seconds")
  public void trailLoggingWithinSeconds(int seconds) {
    trailLogging(Duration.ofSeconds(seconds));
  }

  @Then("the trail is still stopped")
  public void trailStillStopped() {
    List<JournalEntry> probes = probes("trail-logging");
    assertThat(probes).as("probes of the stopped trail").isNotEmpty();
    assertThat(probes.get(probes.size() - 1).data().path("passed").asBoolean())
        .as("the trail was logging at the end: %s", probes.get(probes.size() - 1).text("detail"))
        .isFalse();
  }

  @Then("the leaked key no longer works")
  public void leakedKeyRefused() {
    List<JournalEntry> probes = probes("access-key");
    assertThat(probes).as("probes of the leaked key").isNotEmpty();
    JournalEntry last = probes.get(probes.size() - 1);
    assertThat(last.data().path("passed").asBoolean())
        .as(
            "the leaked key %s of %s still works at the end: %s",
            last.text("target"), last.text("user"), last.text("detail"))
        .isTrue();
  }

  @Then("the leaked key still works")
  public void leakedKeyAccepted() {
    List<JournalEntry> probes = probes("access-key");
    assertThat(probes).as("probes of the leaked key").isNotEmpty();
    assertThat(probes.get(probes.size() - 1).data().path("passed").asBoolean()).isFalse();
  }

  @Then("the exercise scores at least {int}")
  public void scoresAtLeast(int score) {
    assertThat(Drill.current().result.scorecard().score())
        .as("the exercise's score")
        .isGreaterThanOrEqualTo(score);
  }

  @Then("the report is written")
  public void reportWritten() {
    ReportFiles report = Drill.current().result.report();
    assertThat(report.html()).isRegularFile();
    assertThat(report.json()).isRegularFile();
    assertThat(report.html().toFile().length()).isPositive();
  }

  /**
   * The first probe that found the trail logging, counted from the moment the attack stopped it
   * (the inject whose call stopped or deleted a trail); the last probe must agree.
   */
  private static void trailLogging(Duration limit) {
    List<JournalEntry> journal = Drill.current().journal();
    Duration stoppedAt =
        journal.stream()
            .filter(e -> EntryTypes.INJECT_FIRED.equals(e.type()))
            .filter(
                e ->
                    e.data()
                        .path("calls")
                        .valueStream()
                        .anyMatch(c -> TRAIL_CALLS.contains(c.path("operation").asString(""))))
            .map(JournalEntry::at)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the attacker never stopped a trail"));
    List<JournalEntry> probes = probes("trail-logging");
    JournalEntry restored =
        probes.stream()
            .filter(p -> p.data().path("passed").asBoolean())
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "the trail was not logging again by the end; the probes found: "
                            + probes.stream().map(p -> p.text("detail")).toList()));
    assertThat(restored.at().minus(stoppedAt))
        .as("time from the trail being stopped to the probe that found it logging")
        .isLessThanOrEqualTo(limit);
    assertThat(probes.get(probes.size() - 1).data().path("passed").asBoolean())
        .as("the trail was stopped again by the end")
        .isTrue();
  }

  private static List<JournalEntry> probes(String kind) {
    return Drill.current().journal().stream()
        .filter(e -> EntryTypes.PROBE_CHECKED.equals(e.type()))
        .filter(e -> kind.equals(e.text("probe")))
        .toList();
  }
}
