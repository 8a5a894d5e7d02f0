package io.firedrill.injector.timeline;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/**
 * The Quartz job that fires one inject. The job names its work; the work itself lives in the
 * scheduler's context, which is each process's own, so that a job store shared by several processes
 * holds nothing but names.
 */
public final class InjectJob implements Job {

  /** The scheduler context entry that maps job names to their work. */
  static final String WORKS = "firedrill.works";

  /** The trigger data entry with the scenario time, in milliseconds, of a step's first firing. */
  static final String FIRST = "firstMillis";

  /**
   * What a job does, told when it was due (Quartz's scheduled fire time) and when its step first
   * fired in scenario time.
   */
  interface Work {
    void run(Date due, long firstMillis);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(JobExecutionContext context) {
    Map<String, Work> works;
    try {
      works = (Map<String, Work>) context.getScheduler().getContext().get(WORKS);
    } catch (SchedulerException e) {
      throw new IllegalStateException("the timeline's scheduler has no context", e);
    }
    String name = context.getJobDetail().getKey().toString();
    Work work = works == null ? null : works.get(name);
    if (work == null) {
      // Another process's exercise in a shared store: this one was not prepared for it.
      throw new IllegalStateException("no work for " + name + " in this injector process");
    }
    String first = context.getMergedJobDataMap().getString(FIRST);
    awaitDue(context.getScheduledFireTime());
    work.run(context.getScheduledFireTime(), first == null ? 0 : Long.parseLong(first));
  }

  /**
   * Quartz runs a job up to two milliseconds before its trigger's time, which at speed 100 is up to
   * 200 ms of scenario time: the job waits out the rest, so that nothing on the timeline (inject,
   * notice, fault) happens before it is due. The wait is bounded: a timeline paused meanwhile does
   * not hold a firing up.
   */
  private static void awaitDue(Date due) {
    long early = (due.getTime() - System.currentTimeMillis()) * 1_000_000L;
    if (early > 0) {
      LockSupport.parkNanos(Math.min(early, MAX_EARLY_NANOS));
    }
  }

  private static final long MAX_EARLY_NANOS = 20_000_000;
}
