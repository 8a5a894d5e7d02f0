package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.DetectionRules;
import io.firedrill.scoring.detect.Detections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/** The team's rules, shipped in detections/, at work on what the pollers see in the sandbox. */
class DetectingPollersTest {

  @TempDir Path dir;

  @Test
  void eachRuleThatGoesOffIsJournaledWithTheRecordOrFindingItMatched() throws Exception {
    Path findingRule = dir.resolve("rules").resolve("guardduty-stealth.json");
    Files.createDirectories(findingRule.getParent());
    Files.writeString(
        findingRule,
        """
        {"name": "guardduty-stealth", "severity": "high",
         "finding": {"type": "Stealth:*", "minSeverity": 1}}
        """);
    Files.writeString(
        dir.resolve("rules").resolve("guardduty-stealth-high.json"),
        """
        {"name": "guardduty-stealth-high", "severity": "high",
         "finding": {"type": "Stealth:*", "minSeverity": 7}}
        """);
    // Patterns over the "GuardDuty Finding" event, as a team writes them for EventBridge: the
    // first fits the finding StopLogging raises, the second asks for more than it has.
    Files.writeString(
        dir.resolve("rules").resolve("stealth-by-api.json"),
        """
        {"name": "stealth-by-api", "severity": "high",
         "pattern": {"source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"],
                     "detail": {"type": [{"prefix": "Stealth:"}],
                                "service": {"action": {"awsApiCallAction": {"api": ["StopLogging"]}}},
                                "resource": {"resourceType": ["AccessKey"]}}}}
        """);
    Files.writeString(
        dir.resolve("rules").resolve("severe-findings.json"),
        """
        {"name": "severe-findings", "severity": "critical",
         "pattern": {"source": ["aws.guardduty"], "detail": {"severity": [{"numeric": [">=", 7]}]}}}
        """);
    List<DetectionRule> rules = new ArrayList<>(DetectionRules.load(Path.of("..", "detections")));
    rules.addAll(DetectionRules.load(dir.resolve("rules")));

    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      Detections detections = new Detections(rules, journal);
      try (GuardDutyClient admin = Accounts.guardDuty(sandbox, sandbox.adminCredentials());
          CloudTrailClient adminTrail = Accounts.cloudTrail(sandbox, sandbox.adminCredentials());
          CloudTrailClient attacker = Accounts.cloudTrail(sandbox, frank)) {
        admin.createDetector(r -> r.enable(true));
        ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
        try (CloudTrailPoller trail =
                CloudTrailPoller.prepare(adminTrail, journal, Duration.ZERO, line -> {})
                    .detecting(detections);
            GuardDutyPoller findings =
                GuardDutyPoller.prepare(admin, journal, line -> {}).detecting(detections)) {
          trail.start(clock, Duration.ofSeconds(60));
          findings.start(clock, Duration.ofSeconds(60));
          attacker.stopLogging(r -> r.name("trail"));
          attacker.startLogging(r -> r.name("trail")); // matches no rule
          trail.drain();
          findings.drain();
        }
      }

      JournalEntry stop =
          journal.entries().stream()
              .filter(e -> "StopLogging".equals(e.text("eventName")))
              .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
              .findFirst()
              .orElseThrow();
      List<JournalEntry> matched =
          journal.entries().stream()
              .filter(e -> e.type().equals(EntryTypes.DETECTION_MATCHED))
              // the baseline's own CreateAccessKey for dev-frank, by firedrill, matches a rule too
              .filter(e -> frank.accessKeyId().equals(e.text("accessKeyId")))
              .toList();
      assertThat(matched)
          .extracting(e -> e.text("rule"), e -> e.text("source"), e -> e.text("severity"))
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "cloudtrail-logging-disabled", "cloudtrail", "high"),
              org.assertj.core.groups.Tuple.tuple("guardduty-stealth", "guardduty", "high"),
              org.assertj.core.groups.Tuple.tuple("stealth-by-api", "guardduty", "high"),
              // the shipped finding rule on Stealth:IAMUser/* (detections/)
              org.assertj.core.groups.Tuple.tuple(
                  "guardduty-stealth-finding", "guardduty", "medium"));
      JournalEntry onRecord =
          matched.stream().filter(e -> e.text("eventId") != null).findFirst().orElseThrow();
      assertThat(onRecord.text("eventId")).isEqualTo(stop.text("eventId"));
      assertThat(onRecord.text("accessKeyId")).isEqualTo(frank.accessKeyId());
      JournalEntry onFinding =
          matched.stream().filter(e -> e.text("findingId") != null).findFirst().orElseThrow();
      assertThat(onFinding.text("findingType"))
          .isEqualTo("Stealth:IAMUser/CloudTrailLoggingDisabled");
      assertThat(onFinding.text("api")).isEqualTo("StopLogging");
      // the detection follows the observation it is about
      assertThat(onRecord.seq()).isGreaterThan(stop.seq());
    }
  }
}
