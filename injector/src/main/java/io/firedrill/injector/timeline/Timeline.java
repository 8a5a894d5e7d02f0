package io.firedrill.injector.timeline;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/** Plays a plan's injects on a Quartz scheduler at their scenario offsets. */
public final class Timeline implements AutoCloseable {

  private final Scheduler scheduler;
  private final Plan plan;
  private final Map<String, AwsSession> sessions;
  private final Journal journal;
  private final Consumer<String> progress;
  private final CountDownLatch remaining;

  private Timeline(
      Scheduler scheduler,
      Plan plan,
      Map<String, AwsSession> sessions,
      Journal journal,
      Consumer<String> progress) {
    this.scheduler = scheduler;
    this.plan = plan;
    this.sessions = Map.copyOf(sessions);
    this.journal = journal;
    this.progress = progress;
    this.remaining = new CountDownLatch(plan.injects().size());
  }

  /**
   * Makes the scheduler, which takes a moment, before the exercise's clock starts.
   *
   * @param sessions each actor's session, by actor name
   * @param progress receives one line per call an inject made, for the person watching
   */
  public static Timeline prepare(
      Plan plan, Map<String, AwsSession> sessions, Journal journal, Consumer<String> progress) {
    // Each actor's clients, built before the clock starts rather than when an inject is due.
    for (PlannedInject inject : plan.injects()) {
      AwsSession session = sessions.get(inject.step().actor());
      java.util.Set<String> services = new java.util.HashSet<>(java.util.Set.of("sts"));
      inject
          .technique()
          .info()
          .permissions()
          .forEach(p -> services.add(p.substring(0, p.indexOf(':'))));
      session.prepare(services);
    }
    try {
      Scheduler scheduler = new StdSchedulerFactory(quartzProperties(plan)).getScheduler();
      // Started now, and made to run one job that does nothing: the first job a scheduler runs
      // loads its machinery (about 100 ms in a fresh JVM), which would otherwise make the first
      // inject late.
      scheduler.start();
      CountDownLatch warm = new CountDownLatch(1);
      scheduler.scheduleJob(
          job("warm-up", warm::countDown), TriggerBuilder.newTrigger().startNow().build());
      warm.await(5, TimeUnit.SECONDS);
      return new Timeline(scheduler, plan, sessions, journal, progress);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Quartz timeline", e);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /** Schedules every inject at its offset on the clock, which has just started. */
  public void start(ScenarioClock clock) {
    try {
      for (PlannedInject inject : plan.injects()) {
        AwsSession session = sessions.get(inject.step().actor());
        Runnable work =
            () -> {
              try {
                fire(inject, session, clock, journal, progress);
              } finally {
                remaining.countDown();
              }
            };
        scheduler.scheduleJob(job("step-" + inject.step().index(), work), trigger(inject, clock));
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz timeline: " + e.getMessage(), e);
    }
  }

  /** Waits until every inject has fired, or the wall-clock timeout passes. */
  public boolean awaitAllFired(Duration timeout) throws InterruptedException {
    return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean allFired() {
    return remaining.getCount() == 0;
  }

  private static void fire(
      PlannedInject inject,
      AwsSession session,
      ScenarioClock clock,
      Journal journal,
      Consumer<String> progress) {
    Instant scheduled = clock.toWall(inject.step().at());
    Duration firedAt = clock.now();
    long latenessMillis = Math.max(0, Duration.between(scheduled, Instant.now()).toMillis());
    List<ApiCall> calls;
    try {
      calls = inject.fire(session, new Ledger(journal, clock, inject.technique().id()));
    } catch (RuntimeException e) {
      // A technique that cannot go on is part of the record too, not a silent gap in it.
      calls = List.of(new ApiCall("firedrill", "detonate", null, "failed", e.getMessage()));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("step", inject.step().index());
    data.put("technique", inject.technique().id());
    data.put("actor", inject.step().actor());
    data.put("scheduledAt", inject.step().at().toMillis());
    data.put("latenessMillis", latenessMillis);
    data.put("calls", calls.stream().map(ApiCall::toJournal).toList());
    journal.append(EntryTypes.INJECT_FIRED, firedAt, data);
    for (ApiCall call : calls) {
      progress.accept(
          String.format(
              "inject %d %s by %s: %s:%s %s%s",
              inject.step().index(),
              inject.technique().id(),
              inject.step().actor(),
              call.service(),
              call.operation(),
              call.outcome(),
              call.errorCode() == null ? "" : " (" + call.errorCode() + ")"));
    }
  }

  private static JobDetail job(String name, Runnable work) {
    JobDataMap data = new JobDataMap();
    data.put(InjectJob.WORK, work);
    return JobBuilder.newJob(InjectJob.class).withIdentity(name).usingJobData(data).build();
  }

  private static Trigger trigger(PlannedInject inject, ScenarioClock clock) {
    return TriggerBuilder.newTrigger()
        .withIdentity("at-" + inject.step().index())
        .startAt(Date.from(clock.toWall(inject.step().at())))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  private static Properties quartzProperties(Plan plan) {
    Properties properties = new Properties();
    // A scheduler per exercise: names must differ so two exercises in one JVM do not share one.
    properties.setProperty(
        "org.quartz.scheduler.instanceName", "firedrill-" + System.identityHashCode(plan));
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.threadPool.threadCount", "4");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    return properties;
  }

  /** Fires nothing more, waits for an inject that is firing to finish, and stops the scheduler. */
  @Override
  public void close() {
    try {
      scheduler.standby();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      // Not shutdown(true): that joins Quartz's idle worker threads, which wake only every 500 ms.
      scheduler.shutdown(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot stop the Quartz timeline: " + e.getMessage(), e);
    }
  }
}
