package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A detection engineer breaks a shipped rule (its eventName no longer matches what the technique
 * does): the feature's step must fail, and say which rule, which technique, and what CloudTrail
 * saw.
 */
class BrokenRuleTest {

  @TempDir Path rules;

  @AfterEach
  void forget() throws IOException {
    Drill.reset();
  }

  @Test
  void aRuleWhoseEventNameNoLongerMatchesFailsItsFeatureSayingWhatWasSeen() throws Exception {
    copyShippedRules();
    Path rule = rules.resolve("cloudtrail-logging-disabled.json");
    Files.writeString(
        rule, Files.readString(rule).replace("\"StopLogging\",", "\"StopLoggingg\","));

    new SetupSteps().embeddedSandbox("standard");
    Drill.current().detections = rules;
    new AttackSteps().attackerPlays("aws.defense-evasion.cloudtrail-stop");

    assertThatThrownBy(
            () -> new DetectionSteps().firesWithinSeconds("cloudtrail-logging-disabled", 60))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("detection 'cloudtrail-logging-disabled'")
        .hasMessageContaining("did not fire within 60s of aws.defense-evasion.cloudtrail-stop")
        .hasMessageContaining(
            "It looks for eventSource [\"cloudtrail.amazonaws.com\"] and"
                + " eventName [\"StopLoggingg\",\"DeleteTrail\",\"UpdateTrail\",\"PutEventSelectors\"]")
        .hasMessageContaining(
            "CloudTrail saw instead: StopLogging (cloudtrail.amazonaws.com) by dev-frank");
  }

  @Test
  void theSameRuleUnbrokenPasses() throws Exception {
    copyShippedRules();
    Drill.current().detections = rules;
    new AttackSteps().attackerPlays("aws.defense-evasion.cloudtrail-stop");

    new DetectionSteps().firesWithinSeconds("cloudtrail-logging-disabled", 60);
    assertThat(Drill.current().result.scorecard().allMet()).isTrue();
  }

  private void copyShippedRules() throws IOException {
    try (Stream<Path> shipped = Files.list(Settings.home().resolve("detections"))) {
      for (Path file : shipped.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
  }
}
