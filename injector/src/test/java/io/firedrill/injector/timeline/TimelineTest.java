package io.firedrill.injector.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;

class TimelineTest {

  @TempDir Path dir;

  private static final String SCENARIO =
      """
      id: s
      title: t
      actors:
        attacker: { leakedKeyOf: dev-frank, sourceIp: 203.0.113.7 }
      timeline:
        - at: 20s
          actor: attacker
          technique: aws.defense-evasion.cloudtrail-stop
          with: { trail: management-events }
        - at: 0s
          actor: attacker
          technique: aws.discovery.sts-get-caller-identity
      """;

  @Test
  void aPausedTimelineFiresNothingAndAfterwardsFiresAtTheSameScenarioTime() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Plan plan = Planner.plan(ScenarioLoader.parse(SCENARIO, "s.yaml"));
      AwsSession attacker = playground.session("attacker", "dev-frank", "203.0.113.7");

      try (Timeline timeline =
          Timeline.prepare(plan, Map.of("attacker", attacker), playground.journal, line -> {})) {
        io.firedrill.exercise.clock.ScenarioClock clock = playground.clock(Speed.parse("50"));
        timeline.start(clock);
        clock.pause();
        timeline.pause();
        Timeline.Upcoming next = timeline.upcoming().orElseThrow();
        // Twice as long on the wall as the 20 s step was due at speed 50 (0.4 s).
        Thread.sleep(800);
        boolean stoppedWhilePaused =
            playground.journal.entries().stream()
                .anyMatch(e -> "aws.defense-evasion.cloudtrail-stop".equals(e.text("technique")));
        timeline.resume(clock.resume());
        assertThat(timeline.awaitAllFired(Duration.ofSeconds(10))).isTrue();

        assertThat(next.what()).contains("inject");
        assertThat(stoppedWhilePaused).isFalse();
      }
      JournalEntry stop =
          playground.journal.entries().stream()
              .filter(e -> "aws.defense-evasion.cloudtrail-stop".equals(e.text("technique")))
              .findFirst()
              .orElseThrow();
      assertThat(stop.at()).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
      assertThat(stop.data().path("latenessMillis").asLong()).isLessThan(5_000);
    }
  }

  @Test
  void firesEachInjectAtItsOffsetAndJournalsAwsAnswer() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Plan plan = Planner.plan(ScenarioLoader.parse(SCENARIO, "s.yaml"));
      AwsSession attacker = playground.session("attacker", "dev-frank", "203.0.113.7");

      try (Timeline timeline =
          Timeline.prepare(plan, Map.of("attacker", attacker), playground.journal, line -> {})) {
        timeline.start(playground.clock(Speed.parse("50")));
        assertThat(timeline.awaitAllFired(Duration.ofSeconds(10))).isTrue();
      }

      List<JournalEntry> fired =
          playground.journal.entries().stream()
              .filter(e -> e.type().equals(EntryTypes.INJECT_FIRED))
              .toList();
      assertThat(fired)
          .extracting(e -> e.text("technique"))
          .containsExactly(
              "aws.discovery.sts-get-caller-identity", "aws.defense-evasion.cloudtrail-stop");
      JournalEntry stop = fired.get(1);
      // Fired at its offset, never before it.
      assertThat(stop.at()).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
      assertThat(stop.data().path("scheduledAt").asLong()).isEqualTo(20_000);
      assertThat(stop.data().path("calls").get(0).path("outcome").asString()).isEqualTo("allowed");
      String requestId = stop.data().path("calls").get(0).path("requestId").asString();

      // The call is in CloudTrail as made by the attacker, with the exercise's user agent and the
      // actor's source IP, under the request id that the injector journaled.
      Event recorded =
          playground
              .admin()
              .lookupEvents(
                  r ->
                      r.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("StopLogging")))
              .events()
              .get(0);
      assertThat(recorded.username()).isEqualTo("dev-frank");
      assertThat(recorded.cloudTrailEvent())
          .contains("\"requestID\":\"" + requestId + "\"")
          .contains("\"sourceIPAddress\":\"203.0.113.7\"")
          .contains("firedrill/test-exercise");
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isFalse();
    }
  }

  @Test
  void repeatsAStepWaitsForAnotherAndDeliversNotices() throws Exception {
    String scenario =
        """
        id: s
        title: t
        actors:
          attacker: { leakedKeyOf: dev-frank }
        timeline:
          - at: 0s
            notice: { from: AWS Trust & Safety, subject: Your key is exposed }
          - id: recon
            at: 1s
            actor: attacker
            technique: aws.discovery.sts-get-caller-identity
            every: 2s
            times: 3
          - after: recon
            at: 10s
            actor: attacker
            technique: aws.discovery.iam-list-users
        """;
    List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Playground playground = new Playground(dir)) {
      Plan plan = Planner.plan(ScenarioLoader.parse(scenario, "s.yaml"));
      AwsSession attacker = playground.session("attacker", "dev-frank", null);

      try (Timeline timeline =
          Timeline.prepare(plan, Map.of("attacker", attacker), playground.journal, shown::add)) {
        timeline.start(playground.clock(Speed.parse("50")));
        assertThat(timeline.awaitAllFired(Duration.ofSeconds(10))).isTrue();
      }

      List<JournalEntry> entries = playground.journal.entries();
      List<JournalEntry> fired =
          entries.stream().filter(e -> e.type().equals(EntryTypes.INJECT_FIRED)).toList();
      // Three firings of recon, due 2s apart and numbered (at 50x they may overlap and be
      // journaled in any order); then the step that waited for them.
      List<JournalEntry> recon = fired.subList(0, 3);
      assertThat(recon)
          .extracting(
              e -> e.text("technique"),
              e -> e.data().path("repeat").asInt(),
              e -> e.data().path("scheduledAt").asLong())
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "aws.discovery.sts-get-caller-identity", 1, 1_000L),
              org.assertj.core.groups.Tuple.tuple(
                  "aws.discovery.sts-get-caller-identity", 2, 3_000L),
              org.assertj.core.groups.Tuple.tuple(
                  "aws.discovery.sts-get-caller-identity", 3, 5_000L));
      JournalEntry listUsers = fired.get(3);
      assertThat(listUsers.text("technique")).isEqualTo("aws.discovery.iam-list-users");
      Duration lastRecon =
          recon.stream().map(JournalEntry::at).max(Duration::compareTo).orElseThrow();
      // Not before recon's last firing plus the wait.
      assertThat(listUsers.at()).isGreaterThanOrEqualTo(lastRecon.plusSeconds(10));
      assertThat(listUsers.data().path("scheduledAt").asLong()).isGreaterThanOrEqualTo(15_000L);

      JournalEntry notice =
          entries.stream()
              .filter(e -> e.type().equals(EntryTypes.NOTICE_DELIVERED))
              .findFirst()
              .orElseThrow();
      assertThat(notice.text("from")).isEqualTo("AWS Trust & Safety");
      assertThat(notice.text("subject")).isEqualTo("Your key is exposed");
      assertThat(shown).contains("notice from AWS Trust & Safety: Your key is exposed");

      // Every firing made its call: three GetCallerIdentity calls by dev-frank in CloudTrail.
      assertThat(
              playground
                  .admin()
                  .lookupEvents(
                      r ->
                          r.lookupAttributes(
                              a ->
                                  a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                      .attributeValue("GetCallerIdentity")))
                  .events()
                  .stream()
                  .filter(e -> "dev-frank".equals(e.username())))
          .hasSize(3);
    }
  }
}
