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
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class EventBridgeQueueTest {

  @TempDir Path dir;

  private static SqsClient sqs(Sandbox sandbox, AwsCredentials credentials) {
    return SqsClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static EventBridgeClient events(Sandbox sandbox, AwsCredentials credentials) {
    return EventBridgeClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static List<JournalEntry> observed(Journal journal, String field, String value) {
    return journal.entries().stream()
        .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
        .filter(e -> value.equals(e.text(field)))
        .toList();
  }

  @Test
  void journalsCallsAndFindingsFromTheQueueOnceEachAndEmptiesIt() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      try (SqsClient sqs = sqs(sandbox, sandbox.adminCredentials());
          EventBridgeClient events = events(sandbox, sandbox.adminCredentials());
          GuardDutyClient guardDuty = Accounts.guardDuty(sandbox, sandbox.adminCredentials());
          CloudTrailClient attacker = Accounts.cloudTrail(sandbox, frank)) {
        guardDuty.createDetector(r -> r.enable(true));
        EventBridgeRoute route = EventBridgeRoute.create(events, sqs, "firedrill-scorer");
        ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
        try (EventBridgeQueue source =
            EventBridgeQueue.prepare(sqs, route.queueUrl(), journal, line -> {})) {
          source.start(clock, Duration.ofSeconds(2));
          attacker.stopLogging(r -> r.name("trail"));
          attacker.describeTrails();
          attacker.startLogging(r -> r.name("trail"));
          attacker.stopLogging(r -> r.name("trail"));
          // SQS delivers at least once: a second copy of an event is dropped.
          String copy = copyOfAnEvent(java.time.Instant.now());
          sqs.sendMessage(r -> r.queueUrl(route.queueUrl()).messageBody(copy));
          sqs.sendMessage(r -> r.queueUrl(route.queueUrl()).messageBody(copy));
          // Delivery is asynchronous: drain until the last event, the finding's update, is in.
          for (int i = 0; i < 50 && stealthCounts(journal).size() < 2; i++) {
            source.drain();
          }
          source.drain();
        }

        List<JournalEntry> stops = observed(journal, "eventName", "StopLogging");
        assertThat(stops)
            .hasSize(2)
            .allMatch(e -> EventBridgeQueue.SOURCE.equals(e.text("source")));
        assertThat(stops.get(0).text("userName")).isEqualTo("dev-frank");
        assertThat(stops.get(0).text("accessKeyId")).isEqualTo(frank.accessKeyId());
        assertThat(observed(journal, "eventName", "StartLogging")).hasSize(1);
        assertThat(observed(journal, "eventName", "DescribeTrails")).isEmpty();
        assertThat(observed(journal, "eventId", "copied-event")).hasSize(1);
        List<JournalEntry> stealth =
            observed(journal, "findingType", "Stealth:IAMUser/CloudTrailLoggingDisabled");
        assertThat(stealth).extracting(e -> e.data().path("count").asInt()).containsExactly(1, 2);
        assertThat(stealth)
            .extracting(e -> e.data().path("update").asBoolean())
            .containsExactly(false, true);
        assertThat(stealth.get(0).text("accessKeyId")).isEqualTo(frank.accessKeyId());
        assertThat(Long.parseLong(stealth.get(0).text("firstSeenAt"))).isBetween(-2000L, 60_000L);
        assertThat(
                sqs.getQueueAttributes(
                        r -> r.queueUrl(route.queueUrl()).attributeNamesWithStrings("All"))
                    .attributesAsStrings())
            .containsEntry("ApproximateNumberOfMessages", "0")
            .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
        route.remove(events, sqs);
        assertThat(sqs.listQueues().queueUrls()).isEmpty();
      }
    }
  }

  private static List<Integer> stealthCounts(Journal journal) {
    return observed(journal, "findingType", "Stealth:IAMUser/CloudTrailLoggingDisabled").stream()
        .map(e -> e.data().path("count").asInt())
        .toList();
  }

  private static String copyOfAnEvent(java.time.Instant at) {
    String time = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    return "{\"version\":\"0\",\"id\":\"6a7e8feb-b491-4cf7-a9f1-bf3703467718\","
        + "\"detail-type\":\"AWS API Call via CloudTrail\",\"source\":\"aws.iam\","
        + "\"account\":\"000000000000\",\"time\":\""
        + time
        + "\",\"region\":\"us-east-1\","
        + "\"resources\":[],\"detail\":{\"eventID\":\"copied-event\",\"eventName\":\"CreateUser\","
        + "\"eventSource\":\"iam.amazonaws.com\",\"eventTime\":\""
        + time
        + "\"}}";
  }
}
