package io.firedrill.injector.timeline;

import io.firedrill.exercise.scenario.Notice;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * A timeline's jobs as Quartz holds them: their names, the scheduler's settings, what fires next.
 */
final class TimelineJobs {

  private TimelineJobs() {}

  /**
   * When a trigger set for an instant should fire: Quartz keeps whole milliseconds, so the instant
   * is rounded up, never down, and nothing is set to fire before its time.
   */
  static java.util.Date notBefore(java.time.Instant at) {
    long millis = at.toEpochMilli();
    return new java.util.Date(at.getNano() % 1_000_000 == 0 ? millis : millis + 1);
  }

  static String key(String name, String group) {
    return new JobKey(name, group).toString();
  }

  static JobDetail job(String name, String group) {
    return JobBuilder.newJob(InjectJob.class).withIdentity(name, group).build();
  }

  static Properties quartzProperties(String exerciseId, TimelineStore store) {
    Properties properties = new Properties();
    // A scheduler per exercise: in memory, names must differ so two exercises in one JVM do not
    // share one; in a cluster, the nodes of one exercise share its name.
    properties.setProperty("org.quartz.scheduler.instanceName", "firedrill-" + exerciseId);
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    properties.setProperty("org.quartz.threadPool.threadCount", "4");
    store.configure(properties);
    return properties;
  }

  /** The group's trigger that fires soonest, or null when none is left to fire. */
  static Trigger nextTrigger(Scheduler scheduler, String group) throws SchedulerException {
    Trigger next = null;
    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
      Trigger trigger = scheduler.getTrigger(key);
      if (trigger != null
          && trigger.getNextFireTime() != null
          && (next == null || trigger.getNextFireTime().before(next.getNextFireTime()))) {
        next = trigger;
      }
    }
    return next;
  }

  /** What a job of the timeline is, as the game master reads it. */
  static String describe(Plan plan, TimelineFaults faults, String jobName) {
    java.util.Optional<String> fault = faults.describe(jobName);
    if (fault.isPresent()) {
      return fault.get();
    }
    for (PlannedInject inject : plan.injects()) {
      if (jobName.equals("step-" + inject.step().index())) {
        return "inject "
            + inject.step().index()
            + " "
            + inject.technique().id()
            + " by "
            + inject.step().actor();
      }
    }
    for (Notice notice : plan.scenario().notices()) {
      if (jobName.equals("notice-" + notice.index())) {
        return "notice from " + notice.from() + ": " + notice.subject();
      }
    }
    return jobName;
  }
}
