package io.firedrill.benchmarks;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.reports.ReportSettings;
import io.firedrill.reports.ReportWriter;
import io.firedrill.reports.ReportWriter.Rendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Time to write an exercise's report from a journal of 100,000 entries (leaked-access-key's
 * expectations; the attacker's, the blue team's and AWS's own calls seen in CloudTrail, and
 * GuardDuty findings), in each set of renderings, beside two baselines measured in the same run:
 * copying the journal's bytes, and the 100-entry journal's whole report. Each figure is the median
 * of 5 runs after 2 warm-ups. Run: benchmarks/run-main ReportRendering.
 */
public final class ReportRendering {

  private static final int RUNS = 5;
  private static final int WARMUPS = 2;

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("report-rendering");
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios", "leaked-access-key.yaml"));
    Path big = journal(dir.resolve("big"), scenario, 100_000);
    Path small = journal(dir.resolve("small"), scenario, 100);
    ReportSettings settings = ReportSettings.draft(Map.of());
    Set<Rendering> fast = EnumSet.of(Rendering.HTML, Rendering.JSON, Rendering.JUNIT);
    System.out.printf("journal: %,d entries, %,d bytes%n", 100_000, Files.size(big));
    System.out.printf("%-44s %8s%n", "", "median");
    time(
        "baseline: copy the journal's bytes",
        () ->
            Files.copy(
                big, dir.resolve("copy"), java.nio.file.StandardCopyOption.REPLACE_EXISTING));
    time(
        "baseline: 100-entry report, every format",
        () -> ReportWriter.write(small, settings, dir.resolve("small-out")));
    time(
        "100,000 entries: HTML + JSON + JUnit",
        () -> ReportWriter.write(big, settings, dir.resolve("fast-out"), fast));
    time(
        "100,000 entries: every format, PDF included",
        () -> ReportWriter.write(big, settings, dir.resolve("all-out")));
  }

  interface Work {
    void run() throws Exception;
  }

  private static void time(String name, Work work) throws Exception {
    for (int i = 0; i < WARMUPS; i++) {
      work.run();
    }
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.run();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    millis.sort(Long::compare);
    System.out.printf("%-44s %6d ms   (runs: %s)%n", name, millis.get(RUNS / 2), millis);
  }

  /** A journal as an exercise writes it, with {@code entries} entries in all. */
  private static Path journal(Path folder, Scenario scenario, int entries) {
    Path file = folder.resolve("journal.jsonl");
    Clock wall = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneOffset.UTC);
    String attackerKey = "AKIAATTACKER00000001";
    String blueKey = "AKIABLUERESPONDER001";
    try (Journal journal = Journal.create(file, wall)) {
      journal.append(
          EntryTypes.EXERCISE_STARTED,
          Duration.ZERO,
          new ExerciseStart(
                  "bench",
                  scenario.id(),
                  scenario.title(),
                  scenario.sha256(),
                  "embedded",
                  "000000000000",
                  "us-east-1",
                  "max",
                  "AKIACONTROL000000001",
                  List.of(
                      new ExerciseStart.ActorKey(
                          "attacker",
                          "dev-frank",
                          "arn:aws:iam::000000000000:user/dev-frank",
                          attackerKey,
                          "203.0.113.7")),
                  scenario.expectations())
              .toJournal());
      String[] names = {
        "StopLogging",
        "CreateUser",
        "UpdateAccessKey",
        "DeleteUser",
        "StartLogging",
        "PutObject",
        "AssumeRole"
      };
      for (int i = 1; i < entries - 1; i++) {
        Duration at = Duration.ofMillis(i * 9_000L / Math.max(1, entries / 100));
        if (i % 1000 == 1) {
          Map<String, Object> call = new LinkedHashMap<>();
          call.put("service", "cloudtrail");
          call.put("operation", "StopLogging");
          call.put("requestId", "req-" + i);
          call.put("outcome", "allowed");
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("step", 1 + i / 1000);
          data.put("technique", "aws.defense-evasion.cloudtrail-stop");
          data.put("actor", "attacker");
          data.put("scheduledAt", at.toMillis());
          data.put("latenessMillis", 3);
          data.put("calls", List.of(call));
          journal.append(EntryTypes.INJECT_FIRED, at, data);
        } else if (i % 5000 == 7) {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("source", "guardduty.findings");
          data.put("findingId", "f" + i);
          data.put("findingType", "Stealth:IAMUser/CloudTrailLoggingDisabled");
          data.put("severity", 2.0);
          data.put("update", false);
          data.put("accessKeyId", attackerKey);
          data.put("userName", "dev-frank");
          data.put("api", "StopLogging");
          journal.append(EntryTypes.TELEMETRY_OBSERVED, at, data);
        } else {
          int who = i % 3;
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("source", "cloudtrail.lookup-events");
          data.put("eventId", "ev-" + i);
          data.put("eventName", names[i % names.length]);
          data.put("eventSource", "iam.amazonaws.com");
          data.put("eventTime", "2026-11-30T01:00:00Z");
          data.put("requestId", "req-" + i);
          data.put("sourceIp", who == 0 ? "203.0.113.7" : "127.0.0.1");
          data.put("identityType", who == 2 ? "AWSService" : "IAMUser");
          data.put(
              "arn",
              who == 0
                  ? "arn:aws:iam::000000000000:user/dev-frank"
                  : "arn:aws:iam::000000000000:user/blue-responder");
          data.put("userName", who == 0 ? "dev-frank" : "blue-responder");
          data.put("accessKeyId", who == 0 ? attackerKey : blueKey);
          journal.append(EntryTypes.TELEMETRY_OBSERVED, at, data);
        }
      }
      journal.append(
          EntryTypes.EXERCISE_ENDED,
          Duration.ofMinutes(15),
          Map.of("reason", "the scenario's end time was reached"));
    }
    return file;
  }
}
