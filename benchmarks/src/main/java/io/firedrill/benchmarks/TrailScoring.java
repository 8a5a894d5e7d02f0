package io.firedrill.benchmarks;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.DetectionRules;
import io.firedrill.scoring.detect.Detector;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import io.firedrill.scoring.telemetry.CloudTrailFiles;
import io.firedrill.scoring.telemetry.Replay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Scoring a large trail folder ({@code .json.gz}, as ../shared/tools/make-trail.py writes it)
 * against 50 detection rules, beside {@code zcat} of the same files (the decompression floor) and
 * {@code jq} selecting the same eventNames (what a user would otherwise script). Run:
 * benchmarks/run-main TrailScoring DIR [THREADS] [--replay | --replay-only] ({@code --replay} adds
 * the time of the whole {@code score --cloudtrail} pass: the records journaled, then the scorecard
 * computed from the journal; {@code --replay-only} runs that alone, for measuring its memory).
 */
public final class TrailScoring {

  /** The eventNames the 47 generated rules catch, beside the 3 shipped ones. */
  private static final List<String> NAMES =
      List.of(
          "StopLogging",
          "DeleteTrail",
          "UpdateTrail",
          "PutEventSelectors",
          "CreateUser",
          "CreateAccessKey",
          "DeleteUser",
          "AttachUserPolicy",
          "PutUserPolicy",
          "CreateLoginProfile",
          "UpdateLoginProfile",
          "CreateRole",
          "AttachRolePolicy",
          "PutRolePolicy",
          "UpdateAssumeRolePolicy",
          "CreatePolicyVersion",
          "SetDefaultPolicyVersion",
          "DeleteDetector",
          "UpdateDetector",
          "DisableSecurityHub",
          "RunInstances",
          "ModifyInstanceAttribute",
          "AuthorizeSecurityGroupIngress",
          "CreateKeyPair",
          "ImportKeyPair",
          "ModifySnapshotAttribute",
          "ModifyImageAttribute",
          "DeleteFlowLogs",
          "PutBucketPolicy",
          "DeleteBucketPolicy",
          "PutBucketAcl",
          "PutBucketPublicAccessBlock",
          "DeleteBucketEncryption",
          "GetSecretValue",
          "CreateFunction20150331",
          "UpdateFunctionCode20150331v2",
          "ConsoleLogin",
          "GetFederationToken",
          "AssumeRole",
          "GetSessionToken",
          "ListBuckets",
          "DescribeInstances",
          "GetCallerIdentity",
          "ListUsers",
          "DeleteLogGroup",
          "StopInstances",
          "TerminateInstances");

  private TrailScoring() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads =
        args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    List<DetectionRule> rules = new ArrayList<>(DetectionRules.load(Path.of("detections")));
    for (String name : NAMES) {
      rules.add(
          new DetectionRule(
              "rule-" + name,
              "medium",
              List.of(),
              "{\"detail\":{\"eventName\":[\"" + name + "\"],\"errorCode\":[{\"exists\":false}]}}",
              "generated"));
    }
    if (args.length > 2 && args[2].equals("--replay-only")) {
      long t0 = System.nanoTime();
      long replayed = replay(dir, rules);
      print("firedrill score (journal+card)", replayed, (System.nanoTime() - t0) / 1e9);
      return;
    }
    List<Path> files = CloudTrailFiles.files(dir);
    String fileArgs = files.stream().map(Path::toString).collect(Collectors.joining(" "));

    // Every tool reads the files from the page cache: none pays for the disk and the others not.
    shell("cat " + fileArgs + " > /dev/null");
    double zcat = shell("zcat " + fileArgs + " > /dev/null");
    String names = NAMES.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
    double jq =
        shell(
            "zcat "
                + fileArgs
                + " | jq -c '.Records[] | select(.eventName as $n | ["
                + names
                + "] | index($n))' > /dev/null");
    // A fresh JVM compiles as it goes: the first pass is what one `score` run costs, the third
    // what a long-running scorer does.
    long[] counts = null;
    double[] passes = new double[3];
    for (int pass = 0; pass < passes.length; pass++) {
      long t0 = System.nanoTime();
      counts = score(files, rules, threads);
      passes[pass] = (System.nanoTime() - t0) / 1e9;
    }
    double firedrill = Math.min(passes[1], passes[2]);
    System.out.printf(
        "%d files, %d events, %d rule matches, %d rules, %d threads%n",
        files.size(), counts[0], counts[1], rules.size(), threads);
    print("firedrill, first pass (cold)", counts[0], passes[0]);
    print("firedrill, warm (best of 2)", counts[0], firedrill);
    print("zcat (decompression floor)", counts[0], zcat);
    print("zcat | jq eventName filter", counts[0], jq);
    System.out.printf(
        "cold: %.2fx faster than jq, %.2fx the time of zcat%n", jq / passes[0], passes[0] / zcat);
    System.out.printf(
        "warm: %.2fx faster than jq, %.2fx the time of zcat%n", jq / firedrill, firedrill / zcat);
    if (args.length > 2 && args[2].equals("--replay")) {
      long t0 = System.nanoTime();
      long replayed = replay(dir, rules);
      print("firedrill score (journal+card)", replayed, (System.nanoTime() - t0) / 1e9);
    }
  }

  /**
   * What {@code firedrill score --cloudtrail DIR} does before rendering: every record journaled in
   * time order with the rules' matches, then the scorecard computed from the journal alone.
   */
  private static long replay(Path dir, List<DetectionRule> rules) throws IOException {
    Scenario scenario = ScenarioLoader.load(Path.of("scenarios", "leaked-access-key.yaml"));
    Path journalFile = Files.createTempDirectory("trail-scoring").resolve("journal.jsonl");
    long count;
    long t0 = System.nanoTime();
    try (Journal journal = Journal.createWriteOnly(journalFile, Clock.systemUTC())) {
      count =
          Replay.journal(
              dir,
              account ->
                  new ExerciseStart(
                      "bench",
                      scenario.id(),
                      scenario.title(),
                      scenario.sha256(),
                      "replay",
                      account,
                      null,
                      "1",
                      null,
                      List.of(),
                      scenario.expectations()),
              journal,
              rules);
    }
    long t1 = System.nanoTime();
    System.out.printf(
        "  replay: journal written in %.2f s (%,d bytes)%n",
        (t1 - t0) / 1e9, Files.size(journalFile));
    Scorecard card = Scorer.score(journalFile);
    System.out.printf(
        "  replay: journal streamed and scored in %.2f s; %,d timeline lines, score %s%n",
        (System.nanoTime() - t1) / 1e9, card.timeline().size(), card.score());
    Files.delete(journalFile);
    return count;
  }

  private static long[] score(List<Path> files, List<DetectionRule> rules, int threads)
      throws Exception {
    AtomicLong events = new AtomicLong();
    AtomicLong matches = new AtomicLong();
    ThreadLocal<Detector> detectors = ThreadLocal.withInitial(() -> new Detector(rules));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Path file : files) {
        done.add(
            pool.submit(
                () -> {
                  Detector detector = detectors.get();
                  events.addAndGet(
                      CloudTrailFiles.read(file, r -> matches.addAndGet(detector.match(r).size())));
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new long[] {events.get(), matches.get()};
  }

  private static double shell(String command) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("failed: " + command.substring(0, Math.min(80, command.length())));
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void print(String what, long events, double seconds) {
    System.out.printf("  %-30s %7.2f s  %,12.0f events/s%n", what, seconds, events / seconds);
  }
}
