package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

class GuardDutyPollerTest {

  @TempDir Path dir;

  @Test
  void journalsANewFindingAndEachUpdateOfIt() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      try (GuardDutyClient admin = Accounts.guardDuty(sandbox, sandbox.adminCredentials());
          CloudTrailClient attacker = Accounts.cloudTrail(sandbox, frank)) {
        admin.createDetector(r -> r.enable(true));
        ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
        try (GuardDutyPoller poller = GuardDutyPoller.prepare(admin, journal, line -> {})) {
          poller.start(clock, Duration.ofSeconds(60));
          attacker.stopLogging(r -> r.name("trail"));
          poller.drain();
          attacker.startLogging(r -> r.name("trail"));
          attacker.stopLogging(r -> r.name("trail"));
          poller.drain();
          poller.drain(); // nothing new: nothing journaled
        }

        List<JournalEntry> stealth =
            journal.entries().stream()
                .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
                .filter(
                    e -> "Stealth:IAMUser/CloudTrailLoggingDisabled".equals(e.text("findingType")))
                .toList();
        assertThat(stealth).hasSize(2);
        assertThat(stealth)
            .extracting(e -> e.text("findingId"))
            .containsOnly(stealth.get(0).text("findingId"));
        assertThat(stealth).extracting(e -> e.data().path("count").asInt()).containsExactly(1, 2);
        assertThat(stealth.get(0).text("accessKeyId")).isEqualTo(frank.accessKeyId());
        assertThat(stealth.get(0).text("userName")).isEqualTo("dev-frank");
        assertThat(Long.parseLong(stealth.get(0).text("firstSeenAt"))).isBetween(-2000L, 60_000L);
      }
    }
  }
}
