package io.firedrill.injector.timeline;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Notice;
import io.firedrill.exercise.scenario.Step;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.chaos.FaultControl;
import io.firedrill.injector.chaos.ScenarioFaults;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Plays a plan's injects and notices on a Quartz scheduler at their scenario times: steps at
 * offsets, repeated steps, and steps that wait for an earlier one.
 */
public final class Timeline implements AutoCloseable {

  private final Scheduler scheduler;
  private final Plan plan;
  private final String group;
  private final TimelineStore store;
  private final Map<String, AwsSession> sessions;
  private final Journal journal;
  private final Consumer<String> progress;
  private final CountDownLatch remaining;
  private final TimelineFaults faults;
  private final Map<String, InjectJob.Work> works = new ConcurrentHashMap<>();
  private volatile ScenarioClock clock;
  private volatile InjectFiring firing;
  private boolean started;
  private volatile java.time.Instant pausedAt;

  private Timeline(
      Scheduler scheduler,
      Plan plan,
      String group,
      TimelineStore store,
      Map<String, AwsSession> sessions,
      Journal journal,
      Consumer<String> progress) {
    this.scheduler = scheduler;
    this.plan = plan;
    this.group = group;
    this.store = store;
    this.sessions = Map.copyOf(sessions);
    this.journal = journal;
    this.progress = progress;
    this.faults = new TimelineFaults(plan.scenario().faults(), group, journal, progress);
    int firings =
        plan.injects().stream().mapToInt(i -> i.step().repeat().times()).sum()
            + plan.scenario().notices().size()
            + faults.count();
    this.remaining = new CountDownLatch(firings);
  }

  /**
   * Makes an in-memory scheduler, which takes a moment, before the exercise's clock starts.
   *
   * @param sessions each actor's session, by actor name
   * @param progress receives one line per call an inject made, and each notice, for the people
   *     watching
   */
  public static Timeline prepare(
      Plan plan, Map<String, AwsSession> sessions, Journal journal, Consumer<String> progress) {
    return prepare(
        plan,
        sessions,
        journal,
        progress,
        TimelineStore.inMemory(),
        "exercise-" + System.identityHashCode(plan));
  }

  /**
   * Makes a scheduler on {@code store} for the exercise {@code exerciseId}: every node of a
   * clustered store prepares the same exercise under the same id.
   */
  public static Timeline prepare(
      Plan plan,
      Map<String, AwsSession> sessions,
      Journal journal,
      Consumer<String> progress,
      TimelineStore store,
      String exerciseId) {
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
      Scheduler scheduler =
          new StdSchedulerFactory(TimelineJobs.quartzProperties(exerciseId, store)).getScheduler();
      // Quartz hands out one scheduler per name in a JVM; a timeline owns its own, so that two
      // nodes of a cluster (which share the name) can live in one JVM too, as in tests.
      SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
      Timeline timeline =
          new Timeline(scheduler, plan, exerciseId, store, sessions, journal, progress);
      scheduler.getContext().put(InjectJob.WORKS, timeline.works);
      timeline.register();
      // Started now, and made to run one job that does nothing: the first job a scheduler runs
      // loads its machinery (about 100 ms in a fresh JVM), which would otherwise make the first
      // inject late. In memory only: in a shared store another node could take it.
      scheduler.start();
      if (!store.shared()) {
        CountDownLatch warm = new CountDownLatch(1);
        timeline.works.put(
            TimelineJobs.key("warm-up", exerciseId), (due, first) -> warm.countDown());
        scheduler.scheduleJob(
            TimelineJobs.job("warm-up", exerciseId),
            TriggerBuilder.newTrigger().startNow().build());
        warm.await(5, TimeUnit.SECONDS);
      }
      return timeline;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Quartz timeline", e);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Sets the scenario's faults through {@code control} when they fall due; call before {@link
   * #start} or {@link #join}. Without it, a scenario's faults are journaled as not set.
   */
  public Timeline withFaults(FaultControl control) {
    faults.control(control);
    return this;
  }

  /**
   * The scenario's faults in force, to add or lift one while the exercise runs; empty before the
   * clock starts or without a fault control.
   */
  public java.util.Optional<ScenarioFaults> faults() {
    return faults.applied();
  }

  /** The work of every inject and notice, under its job's name, for whichever node fires it. */
  private void register() {
    faults.register(works, remaining::countDown);
    for (PlannedInject inject : plan.injects()) {
      Step step = inject.step();
      AwsSession session = sessions.get(step.actor());
      works.put(
          TimelineJobs.key("step-" + step.index(), group),
          (due, firstMillis) -> {
            Duration first = Duration.ofMillis(firstMillis);
            // Which firing this is, from when Quartz meant it to run, not from a count that
            // concurrent firings (or other nodes) could take out of order.
            long everyNanos = clock.wallSpan(step.repeat().every()).toNanos();
            long sinceFirst = Duration.between(clock.toWall(first), due.toInstant()).toNanos();
            int n = everyNanos == 0 ? 0 : (int) Math.round((double) sinceFirst / everyNanos);
            try {
              firing.fire(inject, session, first.plus(step.repeat().offsetOf(n)), n + 1);
            } finally {
              remaining.countDown();
              if (n + 1 == step.repeat().times()) {
                startWaitsFor(step);
              }
            }
          });
    }
    for (Notice notice : plan.scenario().notices()) {
      works.put(
          TimelineJobs.key("notice-" + notice.index(), group),
          (due, first) -> {
            try {
              firing.deliver(notice);
            } finally {
              remaining.countDown();
            }
          });
    }
  }

  /**
   * Takes part in an exercise another node of a shared store starts: fires what this node's
   * scheduler picks up, on the same clock.
   */
  public void join(ScenarioClock clock) {
    this.clock = clock;
    this.firing = new InjectFiring(clock, journal, progress);
    faults.join(clock);
  }

  /**
   * Schedules every inject that starts at an offset, and every notice, on the clock, which has just
   * started. A step that waits for another is scheduled when that one has fired for the last time.
   */
  public void start(ScenarioClock clock) {
    join(clock);
    started = true;
    try {
      // First: a fault at 0s holds before the injects at 0s run.
      faults.schedule(scheduler, clock, remaining::countDown);
      for (PlannedInject inject : plan.injects()) {
        if (inject.step().after() == null) {
          schedule(inject.step(), inject.step().at());
        }
      }
      for (Notice notice : plan.scenario().notices()) {
        scheduler.scheduleJob(
            TimelineJobs.job("notice-" + notice.index(), group),
            TriggerBuilder.newTrigger()
                .withIdentity("notice-" + notice.index(), group)
                .startAt(TimelineJobs.notBefore(clock.toWall(notice.at())))
                .withSchedule(
                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build());
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz timeline: " + e.getMessage(), e);
    }
  }

  /** Schedules every firing of {@code step}, the first at scenario time {@code first}. */
  private void schedule(Step step, Duration first) throws SchedulerException {
    SimpleScheduleBuilder schedule = SimpleScheduleBuilder.simpleSchedule();
    if (step.repeat().times() > 1) {
      long everyMillis = clock.wallSpan(step.repeat().every()).toMillis();
      schedule =
          schedule
              .withIntervalInMilliseconds(Math.max(1, everyMillis))
              .withRepeatCount(step.repeat().times() - 1)
              .withMisfireHandlingInstructionNowWithExistingCount();
    } else {
      schedule = schedule.withMisfireHandlingInstructionFireNow();
    }
    scheduler.scheduleJob(
        TimelineJobs.job("step-" + step.index(), group),
        TriggerBuilder.newTrigger()
            .withIdentity("at-" + step.index(), group)
            .usingJobData(InjectJob.FIRST, Long.toString(first.toMillis()))
            .startAt(TimelineJobs.notBefore(clock.toWall(first)))
            .withSchedule(schedule)
            .build());
  }

  /** Once a step has fired for the last time, starts the wait of the steps that wait for it. */
  private void startWaitsFor(Step step) {
    if (step.id() == null) {
      return;
    }
    Duration done = clock.now();
    for (PlannedInject next : plan.injects()) {
      if (step.id().equals(next.step().after())) {
        try {
          schedule(next.step(), done.plus(next.step().at()));
        } catch (SchedulerException e) {
          // The timeline is stopping: what has not fired is journaled as not fired by the run.
          progress.accept("step " + next.step().label() + " not scheduled: " + e.getMessage());
        }
      }
    }
  }

  /** Waits until every inject this node knows of has fired, or the wall-clock timeout passes. */
  public boolean awaitAllFired(Duration timeout) throws InterruptedException {
    return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean allFired() {
    return remaining.getCount() == 0;
  }

  /**
   * Fires nothing until {@link #resume}: the scheduler stands by. In memory only; nodes of a shared
   * store would each have to stand by.
   */
  public void pause() {
    try {
      pausedAt = java.time.Instant.now();
      scheduler.standby();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot pause the Quartz timeline: " + e.getMessage(), e);
    }
  }

  /**
   * Fires again, everything that had not fired {@code pausedFor} later on the wall clock than it
   * was due, so that it falls at the same scenario time on a clock that was paused as long.
   */
  public void resume(Duration pausedFor) {
    try {
      for (org.quartz.TriggerKey key :
          scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
        org.quartz.Trigger trigger = scheduler.getTrigger(key);
        if (trigger == null || trigger.getNextFireTime() == null) {
          continue;
        }
        Date later = TimelineJobs.notBefore(trigger.getNextFireTime().toInstant().plus(pausedFor));
        SimpleScheduleBuilder schedule = SimpleScheduleBuilder.simpleSchedule();
        if (trigger instanceof org.quartz.SimpleTrigger simple && simple.getRepeatCount() > 0) {
          schedule =
              schedule
                  .withIntervalInMilliseconds(simple.getRepeatInterval())
                  .withRepeatCount(simple.getRepeatCount() - simple.getTimesTriggered())
                  .withMisfireHandlingInstructionNowWithExistingCount();
        } else {
          schedule = schedule.withMisfireHandlingInstructionFireNow();
        }
        scheduler.rescheduleJob(
            key,
            TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(trigger.getJobKey())
                .usingJobData(trigger.getJobDataMap())
                .startAt(later)
                .withSchedule(schedule)
                .build());
      }
      pausedAt = null;
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot resume the Quartz timeline: " + e.getMessage(), e);
    }
  }

  /** What fires next, and when in scenario time. */
  public record Upcoming(String what, Duration at) {}

  /** The inject or notice that fires next, if any is scheduled. */
  public java.util.Optional<Upcoming> upcoming() {
    try {
      org.quartz.Trigger next = TimelineJobs.nextTrigger(scheduler, group);
      if (next == null || clock == null) {
        return java.util.Optional.empty();
      }
      java.time.Instant from = pausedAt != null ? pausedAt : java.time.Instant.now();
      long wallNanos =
          Math.max(0, Duration.between(from, next.getNextFireTime().toInstant()).toNanos());
      Duration at = clock.now().plusNanos((long) (wallNanos * clock.speed().factor()));
      return java.util.Optional.of(
          new Upcoming(TimelineJobs.describe(plan, faults, next.getJobKey().getName()), at));
    } catch (SchedulerException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Fires nothing more, waits for an inject that is firing to finish, and stops the scheduler. The
   * node that started the exercise removes its jobs from a shared store.
   */
  @Override
  public void close() {
    try {
      scheduler.standby();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      if (started && store.shared()) {
        scheduler.deleteJobs(
            new java.util.ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))));
      }
      // Not shutdown(true): that joins Quartz's idle worker threads, which wake only every 500 ms.
      scheduler.shutdown(false);
      faults.liftAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot stop the Quartz timeline: " + e.getMessage(), e);
    }
  }
}
