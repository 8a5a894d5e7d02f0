package io.firedrill.injector.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.Playground;
import io.firedrill.injector.chaos.FaultControl;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The shipped chaos scenario played into a sandbox: its faults are set and lifted at their scenario
 * times, the attacker's calls meet them, and the journal and the sandbox's own fault log agree on
 * what held when.
 */
class ChaosScenarioTest {

  private static final Path SCENARIO = Path.of("..", "scenarios", "chaos-compute-hijack.yaml");

  @TempDir Path dir;

  @Test
  void theScenariosFaultsHoldAtTheirTimesAndAreJournaled() throws Exception {
    Scenario scenario = ScenarioLoader.load(SCENARIO);
    Plan plan = Planner.plan(scenario);
    try (Playground playground = new Playground(dir)) {
      FaultControl control =
          new FaultControl(
              playground.sandbox.endpoint(),
              playground.sandbox.region(),
              playground.sandbox.adminCredentials());
      ScenarioClock clock;
      try (Timeline timeline =
          Timeline.prepare(
                  plan,
                  Map.of("attacker", playground.session("attacker", "dev-frank", "198.51.100.23")),
                  playground.journal,
                  line -> {})
              .withFaults(control)) {
        // 10 times real time: 3 minutes of scenario in 18 s, 10 s of scenario between a fault's
        // edge and the nearest call still a second of wall time.
        clock = playground.clock(Speed.parse("10"));
        timeline.start(clock);
        assertThat(timeline.awaitAllFired(Duration.ofSeconds(60))).isTrue();
        // The GuardDuty outage ends at 3m: wait for its lift before the exercise ends.
        while (clock.now().compareTo(Duration.ofMinutes(3).plusSeconds(5)) < 0) {
          Thread.sleep(100);
        }
      }
      List<Map<String, Object>> sandboxLog = control.log();
      List<JournalEntry> entries = playground.journal.entries();

      List<JournalEntry> applied = ofType(entries, EntryTypes.FAULT_APPLIED);
      assertThat(applied)
          .extracting(e -> e.text("summary"))
          // The two at 0s are set by concurrent Quartz jobs, in either order.
          .containsExactlyInAnyOrder(
              "trail-delay 3m",
              "iam-consistency 20s",
              "throttle ec2:Describe* rate 0.5",
              "unavailable guardduty:* 503");
      assertThat(applied)
          .allSatisfy(
              e ->
                  assertThat(e.at().toMillis())
                      .isGreaterThanOrEqualTo(e.data().path("scheduledAt").asLong()));
      List<JournalEntry> lifted = ofType(entries, EntryTypes.FAULT_LIFTED);
      assertThat(lifted)
          .extracting(e -> e.text("summary") + " / " + e.text("reason"))
          .containsExactlyInAnyOrder(
              "throttle ec2:Describe* rate 0.5 / until",
              "unavailable guardduty:* 503 / until",
              "trail-delay 3m / exercise ended",
              "iam-consistency 20s / exercise ended");
      assertThat(ofType(entries, EntryTypes.FAULT_FAILED)).isEmpty();

      // The sandbox set and cleared the same faults, with delays in wall time at speed 10.
      assertThat(sandboxLog)
          .extracting(e -> e.get("action") + " " + e.get("id"))
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.Stream.concat(
                      applied.stream().map(e -> "set " + e.text("sandboxId")),
                      lifted.stream().map(e -> "cleared " + e.text("sandboxId")))
                  .toList());
      // The two faults at 0s are set in either order: find the trail delay among them.
      assertThat(sandboxLog)
          .extracting(e -> e.get("fault"))
          .contains(Map.of("kind", "trail-delay", "delay", "PT18S"));

      // The sweep inside the throttle's window met it; the seed refuses the same calls each run.
      List<String> sweep =
          calls(entries, "aws.discovery.ec2-describe-instances").stream()
              .map(c -> c.path("outcome").asString())
              .toList();
      assertThat(sweep).hasSize(6).contains("throttled", "allowed");
      List<JsonNode> guardDuty = calls(entries, "aws.discovery.guardduty-list-detectors");
      assertThat(guardDuty)
          .singleElement()
          .satisfies(c -> assertThat(c.path("outcome").asString()).isEqualTo("failed"));
      assertThat(calls(entries, "aws.impact.ec2-run-instances-burst"))
          .anySatisfy(c -> assertThat(c.path("outcome").asString()).isEqualTo("allowed"));
    }
  }

  private static List<JournalEntry> ofType(List<JournalEntry> entries, String type) {
    return entries.stream().filter(e -> e.type().equals(type)).toList();
  }

  private static List<JsonNode> calls(List<JournalEntry> entries, String technique) {
    return entries.stream()
        .filter(e -> technique.equals(e.text("technique")))
        .flatMap(e -> e.data().path("calls").valueStream())
        .toList();
  }
}
