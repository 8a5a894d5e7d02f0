package io.firedrill.injector.timeline;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Notice;
import io.firedrill.exercise.scenario.Step;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
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
  private final Map<Integer, AtomicInteger> firedPerStep = new ConcurrentHashMap<>();

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
    int firings =
        plan.injects().stream().mapToInt(i -> i.step().repeat().times()).sum()
            + plan.scenario().notices().size();
    this.remaining = new CountDownLatch(firings);
  }

  /**
   * Makes the scheduler, which takes a moment, before the exercise's clock starts.
   *
   * @param sessions each actor's session, by actor name
   * @param progress receives one line per call an inject made, and each notice, for the people
   *     watching
   */
  public static Timeline prepare(
      Plan plan, Map<String, AwsSession> sessions, Journal journal, Consumer<String> progress) {
    // Each actor's clients, built before the clock starts rather than when an inject is due.
    for (PlannedInject inject : plan.injects()) {
      AwsSession session = sessions.get(inject.step().actor());
      Set<String> services = new HashSet<>(Set.of("sts"));
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
          job("warm-up", due -> warm.countDown()), TriggerBuilder.newTrigger().startNow().build());
      warm.await(5, TimeUnit.SECONDS);
      return new Timeline(scheduler, plan, sessions, journal, progress);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Quartz timeline", e);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Schedules every inject that starts at an offset, and every notice, on the clock, which has just
   * started. A step that waits for another is scheduled when that one has fired for the last time.
   */
  public void start(ScenarioClock clock) {
    InjectFiring firing = new InjectFiring(clock, journal, progress);
    try {
      for (PlannedInject inject : plan.injects()) {
        if (inject.step().after() == null) {
          schedule(inject, inject.step().at(), clock, firing);
        }
      }
      for (Notice notice : plan.scenario().notices()) {
        JobDetail job =
            job(
                "notice-" + notice.index(),
                due -> {
                  try {
                    firing.deliver(notice);
                  } finally {
                    remaining.countDown();
                  }
                });
        scheduler.scheduleJob(
            job,
            TriggerBuilder.newTrigger()
                .startAt(Date.from(clock.toWall(notice.at())))
                .withSchedule(
                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz timeline: " + e.getMessage(), e);
    }
  }

  /** Schedules every firing of {@code inject}, the first at scenario time {@code first}. */
  private void schedule(
      PlannedInject inject, Duration first, ScenarioClock clock, InjectFiring firing)
      throws SchedulerException {
    Step step = inject.step();
    AwsSession session = sessions.get(step.actor());
    Instant firstWall = clock.toWall(first);
    long everyNanos = clock.wallSpan(step.repeat().every()).toNanos();
    InjectJob.Work work =
        due -> {
          // Which firing this is, from when Quartz meant it to run, not from a count that
          // concurrent firings could take out of order.
          long sinceFirst = Duration.between(firstWall, due.toInstant()).toNanos();
          int n = everyNanos == 0 ? 0 : (int) Math.round((double) sinceFirst / everyNanos);
          try {
            firing.fire(inject, session, first.plus(step.repeat().offsetOf(n)), n + 1);
          } finally {
            remaining.countDown();
            afterFiring(inject, clock, firing);
          }
        };
    SimpleScheduleBuilder schedule = SimpleScheduleBuilder.simpleSchedule();
    if (step.repeat().times() > 1) {
      schedule =
          schedule
              .withIntervalInMilliseconds(Math.max(1, everyNanos / 1_000_000))
              .withRepeatCount(step.repeat().times() - 1)
              .withMisfireHandlingInstructionNowWithExistingCount();
    } else {
      schedule = schedule.withMisfireHandlingInstructionFireNow();
    }
    scheduler.scheduleJob(
        job("step-" + step.index(), work),
        TriggerBuilder.newTrigger()
            .withIdentity("at-" + step.index())
            .startAt(Date.from(firstWall))
            .withSchedule(schedule)
            .build());
  }

  /** Once a step has fired for the last time, starts the wait of the steps that wait for it. */
  private void afterFiring(PlannedInject inject, ScenarioClock clock, InjectFiring firing) {
    Step step = inject.step();
    int fired =
        firedPerStep.computeIfAbsent(step.index(), i -> new AtomicInteger()).incrementAndGet();
    if (fired != step.repeat().times() || step.id() == null) {
      return;
    }
    Duration done = clock.now();
    for (PlannedInject next : plan.injects()) {
      if (step.id().equals(next.step().after())) {
        try {
          schedule(next, done.plus(next.step().at()), clock, firing);
        } catch (SchedulerException e) {
          // The timeline is stopping: what has not fired is journaled as not fired by the run.
          progress.accept("step " + next.step().label() + " not scheduled: " + e.getMessage());
        }
      }
    }
  }

  /** Waits until every inject has fired, or the wall-clock timeout passes. */
  public boolean awaitAllFired(Duration timeout) throws InterruptedException {
    return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean allFired() {
    return remaining.getCount() == 0;
  }

  private static JobDetail job(String name, InjectJob.Work work) {
    JobDataMap data = new JobDataMap();
    data.put(InjectJob.WORK, work);
    return JobBuilder.newJob(InjectJob.class).withIdentity(name).usingJobData(data).build();
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
