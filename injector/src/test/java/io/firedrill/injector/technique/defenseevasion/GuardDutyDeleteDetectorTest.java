package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardDutyDeleteDetectorTest {

  @TempDir Path dir;

  @Test
  void deletesTheDetectorAndCleanupPutsAnEnabledOneBack() throws Exception {
    try (Playground playground = new Playground(dir)) {
      GuardDutyDeleteDetector technique = new GuardDutyDeleteDetector();
      AwsSession control = playground.control();
      String before = control.guardDuty().listDetectors().detectorIds().get(0);

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("ListDetectors", "DeleteDetector");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(control.guardDuty().listDetectors().detectorIds()).isEmpty();

      assertThat(playground.cleanup().failed()).isEmpty();
      var after = control.guardDuty().listDetectors().detectorIds();
      assertThat(after).hasSize(1).doesNotContain(before);
      assertThat(control.guardDuty().getDetector(r -> r.detectorId(after.get(0))).statusAsString())
          .isEqualTo("ENABLED");
    }
  }
}
