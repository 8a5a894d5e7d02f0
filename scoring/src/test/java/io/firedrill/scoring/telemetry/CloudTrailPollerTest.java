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

class CloudTrailPollerTest {

  @TempDir Path dir;

  @Test
  void journalsEachWriteEventOnceWithItsEvidence() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
      AwsCredentials frankKey = Accounts.withFrank(sandbox);
      try (CloudTrailClient frank = Accounts.cloudTrail(sandbox, frankKey);
          CloudTrailClient admin = Accounts.cloudTrail(sandbox, sandbox.adminCredentials());
          CloudTrailPoller poller =
              CloudTrailPoller.prepare(admin, journal, Duration.ZERO, line -> {})) {
        poller.start(clock, Duration.ofMillis(20));
        String requestId = frank.stopLogging(r -> r.name("trail")).responseMetadata().requestId();
        frank.describeTrails(); // a read event: not what the poller watches
        Thread.sleep(200); // several polls over the same events
        poller.drain();

        List<JournalEntry> stops =
            journal.entries().stream()
                .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
                .filter(e -> "StopLogging".equals(e.text("eventName")))
                .toList();
        assertThat(stops).hasSize(1);
        JournalEntry stop = stops.get(0);
        assertThat(stop.text("requestId")).isEqualTo(requestId);
        assertThat(stop.text("userName")).isEqualTo("dev-frank");
        assertThat(stop.text("accessKeyId")).isEqualTo(frankKey.accessKeyId());
        assertThat(stop.text("eventSource")).isEqualTo("cloudtrail.amazonaws.com");
        assertThat(stop.text("eventId")).isNotBlank();
        assertThat(stop.data().path("requestParameters").path("name").asString())
            .isEqualTo("trail");
        assertThat(journal.entries()).noneMatch(e -> "DescribeTrails".equals(e.text("eventName")));
      }
    }
  }

  @Test
  void readsEveryPageWhenMoreHappenedThanOnePageHolds() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC());
        CloudTrailClient admin = Accounts.cloudTrail(sandbox, sandbox.adminCredentials())) {
      ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
      admin.createTrail(r -> r.name("trail").s3BucketName("trail-bucket"));
      for (int i = 0; i < 60; i++) {
        admin.startLogging(r -> r.name("trail"));
        admin.stopLogging(r -> r.name("trail"));
      }
      try (CloudTrailPoller poller =
          CloudTrailPoller.prepare(admin, journal, Duration.ZERO, line -> {})) {
        poller.start(clock, Duration.ofSeconds(60)); // one poll now, the next long after the test
        poller.drain();
      }

      List<String> ids =
          journal.entries().stream()
              .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
              .map(e -> e.text("eventId"))
              .toList();
      assertThat(ids).hasSize(121).doesNotHaveDuplicates();
    }
  }
}
