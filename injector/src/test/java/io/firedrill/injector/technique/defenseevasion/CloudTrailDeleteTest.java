package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudTrailDeleteTest {

  @TempDir Path dir;

  @Test
  void deletesTheTrailAndCleanupPutsItBackLogging() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailDelete technique = new CloudTrailDelete();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", Playground.TRAIL)),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("allowed");
      assertThat(playground.admin().describeTrails().trailList()).isEmpty();

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(playground.admin().describeTrails().trailList())
          .extracting(t -> t.name())
          .containsExactly(Playground.TRAIL);
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isTrue();
    }
  }
}
