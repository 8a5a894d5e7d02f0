package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardDutyDisableTest {

  @TempDir Path dir;

  @Test
  void disablesTheDetectorAndCleanupEnablesItAgain() throws Exception {
    try (Playground playground = new Playground(dir)) {
      GuardDutyDisable technique = new GuardDutyDisable();
      AwsSession control = playground.control();
      String detector = control.guardDuty().listDetectors().detectorIds().get(0);

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("ListDetectors", "UpdateDetector");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(control.guardDuty().getDetector(r -> r.detectorId(detector)).statusAsString())
          .isEqualTo("DISABLED");
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(control.guardDuty().getDetector(r -> r.detectorId(detector)).statusAsString())
          .isEqualTo("ENABLED");
    }
  }
}
