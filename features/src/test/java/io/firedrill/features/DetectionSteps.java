package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.detect.DetectionRules;
import java.time.Duration;
import java.util.List;

/** The Then steps about what the team's detections and GuardDuty saw. */
public class DetectionSteps {

  @Then("the detection {string} fires within {int} seconds")
  public void firesWithinSeconds(String rule, int seconds) {
    fires(rule, Duration.ofSeconds(seconds));
  }

  @Then("the detection {string} fires within {int} minute(s)")
  public void firesWithinMinutes(String rule, int minutes) {
    fires(rule, Duration.ofMinutes(minutes));
  }

  @Then("the detection {string} does not fire")
  public void doesNotFire(String rule) {
    assertThat(matches(rule)).as("detection '%s' went off, and should not have", rule).isEmpty();
  }

  @Then("GuardDuty reports {string}")
  public void guardDutyReports(String findingType) {
    List<JournalEntry> findings =
        Drill.current().journal().stream()
            .filter(e -> "guardduty.findings".equals(e.text("source")))
            .filter(e -> findingType.equals(e.text("findingType")))
            .toList();
    assertThat(findings).as("GuardDuty findings of type %s", findingType).isNotEmpty();
  }

  private static void fires(String rule, Duration limit) {
    Drill drill = Drill.current();
    DetectionCheck.failure(drill.journal(), DetectionRules.load(drill.detections), rule, limit)
        .ifPresent(
            message -> {
              throw new AssertionError(message);
            });
  }

  private static List<JournalEntry> matches(String rule) {
    return Drill.current().journal().stream()
        .filter(e -> EntryTypes.DETECTION_MATCHED.equals(e.type()))
        .filter(e -> rule.equals(e.text("rule")))
        // What the baseline's setup set off is journaled before zero: not the exercise's doing.
        .filter(e -> !e.at().isNegative())
        .toList();
  }
}
