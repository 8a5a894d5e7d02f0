package io.firedrill.injector.responder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptedBlueTeamTest {

  @TempDir Path dir;

  @Test
  void restartsAStoppedTrailAfterItsDelay() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession attacker = playground.session("attacker", "dev-frank", null);
      AwsSession blue = playground.session("blue", "blue-responder", null);
      ScenarioClock clock = playground.clock(Speed.parse("100"));

      try (ScriptedBlueTeam team =
          ScriptedBlueTeam.start(
              blue, clock, playground.journal, Duration.ofSeconds(30), line -> {})) {
        attacker.cloudTrail().stopLogging(r -> r.name(Playground.TRAIL));
        Duration stoppedAt = clock.now();

        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging());

        JournalEntry acted =
            playground.journal.entries().stream()
                .filter(e -> e.type().equals(EntryTypes.RESPONDER_ACTED))
                .findFirst()
                .orElseThrow();
        assertThat(acted.data().path("call").path("operation").asString())
            .isEqualTo("StartLogging");
        assertThat(acted.data().path("call").path("outcome").asString()).isEqualTo("allowed");
        // Not before the human-like delay has passed in scenario time.
        assertThat(acted.at()).isGreaterThanOrEqualTo(stoppedAt.plusSeconds(30));
      }
    }
  }
}
