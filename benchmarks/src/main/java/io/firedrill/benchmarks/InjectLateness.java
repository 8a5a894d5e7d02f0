package io.firedrill.benchmarks;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.Target;
import io.firedrill.injector.plan.Planner;
import io.firedrill.injector.timeline.Timeline;
import io.firedrill.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Inject lateness: 1,000 injects (sts:GetCallerIdentity against the embedded sandbox) scheduled
 * over 10 s on the Quartz timeline, beside the same schedule on a plain ScheduledThreadPoolExecutor
 * doing nothing, the floor of scheduling on this JVM and machine. Run: benchmarks/run-main
 * InjectLateness.
 */
public final class InjectLateness {

  private static final int INJECTS = 1000;
  private static final Duration SPAN = Duration.ofSeconds(10);

  public static void main(String[] args) throws Exception {
    List<Long> floor = executorFloor();
    List<Long> timeline = quartzTimeline();
    System.out.println(
        "inject lateness, " + INJECTS + " injects over " + SPAN.toSeconds() + " s (ms)");
    System.out.printf("%-28s %6s %6s %6s%n", "", "p50", "p99", "max");
    print("ScheduledThreadPoolExecutor", floor);
    print("Quartz timeline + STS call", timeline);
  }

  private static List<Long> quartzTimeline() throws Exception {
    StringBuilder yaml =
        new StringBuilder("id: lateness\ntitle: t\nactors:\n  a: { leakedKeyOf: u }\ntimeline:\n");
    for (int i = 0; i < INJECTS; i++) {
      yaml.append("  - { at: ")
          .append(SPAN.toMillis() * i / INJECTS)
          .append("ms, actor: a, technique: aws.discovery.sts-get-caller-identity }\n");
    }
    Path dir = Files.createTempDirectory("lateness");
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC());
        AwsSession session =
            new AwsSession(
                new Target(sandbox.endpoint(), sandbox.region(), "lateness"),
                new ActorIdentity("a", sandbox.adminCredentials(), null, null))) {
      session
          .sts()
          .getCallerIdentity(); // the first call loads the SDK, as an exercise's warm-up does
      var plan = Planner.plan(ScenarioLoader.parse(yaml.toString(), "lateness.yaml"));
      try (Timeline timeline = Timeline.prepare(plan, Map.of("a", session), journal, line -> {})) {
        timeline.start(
            ScenarioClock.startingIn(Duration.ofMillis(250), Clock.systemUTC(), Speed.REAL_TIME));
        timeline.awaitAllFired(SPAN.plusSeconds(30));
      }
      List<Long> lateness = new ArrayList<>();
      journal.entries().stream()
          .filter(e -> e.type().equals(EntryTypes.INJECT_FIRED))
          .forEach(e -> lateness.add(e.data().path("latenessMillis").asLong()));
      return lateness;
    }
  }

  private static List<Long> executorFloor() throws InterruptedException {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4);
    List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(INJECTS);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(250);
    for (int i = 0; i < INJECTS; i++) {
      long due = start + SPAN.toNanos() * i / INJECTS;
      executor.schedule(
          () -> {
            lateness.add(Math.max(0, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - due)));
            done.countDown();
          },
          due - System.nanoTime(),
          TimeUnit.NANOSECONDS);
    }
    done.await();
    executor.shutdown();
    return lateness;
  }

  private static void print(String name, List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    System.out.printf(
        "%-28s %6d %6d %6d   (n=%d)%n",
        name,
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.get(sorted.size() - 1),
        sorted.size());
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
