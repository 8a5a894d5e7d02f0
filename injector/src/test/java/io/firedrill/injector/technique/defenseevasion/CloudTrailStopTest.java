package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudTrailStopTest {

  @TempDir Path dir;

  @Test
  void stopsTheTrailAndCleanupStartsItAgain() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailStop technique = new CloudTrailStop();
      AwsSession attacker = playground.session("attacker", "dev-frank", null);

      List<ApiCall> calls =
          technique.detonate(
              attacker,
              technique.parameters(Map.of("trail", Playground.TRAIL)),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation, ApiCall::outcome)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("StopLogging", "allowed"));
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isFalse();

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isTrue();
    }
  }

  @Test
  void aTrailThatDoesNotExistIsAFailedCallNotAnError() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailStop technique = new CloudTrailStop();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", "no-such-trail")),
              playground.ledger(technique.id()));

      assertThat(calls.get(0).outcome()).isEqualTo("failed");
      assertThat(calls.get(0).errorCode()).isEqualTo("TrailNotFoundException");
      assertThat(calls.get(0).requestId()).isNotBlank();
    }
  }
}
