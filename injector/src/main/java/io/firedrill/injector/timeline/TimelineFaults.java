package io.firedrill.injector.timeline;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Fault;
import io.firedrill.injector.chaos.FaultControl;
import io.firedrill.injector.chaos.ScenarioFaults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * The scenario's faults on the timeline: a Quartz job sets each at its {@code at} and another lifts
 * it at its {@code until}, both in scenario time, so a pause moves them as it moves the injects.
 * Whatever is still set when the exercise ends is lifted then.
 */
final class TimelineFaults {

  private final List<Fault> faults;
  private final String group;
  private final Journal journal;
  private final Consumer<String> progress;
  private volatile FaultControl control;
  private volatile ScenarioFaults applied;

  TimelineFaults(List<Fault> faults, String group, Journal journal, Consumer<String> progress) {
    this.faults = List.copyOf(faults);
    this.group = group;
    this.journal = journal;
    this.progress = progress;
  }

  int count() {
    return faults.size();
  }

  void control(FaultControl control) {
    this.control = control;
  }

  Optional<ScenarioFaults> applied() {
    return Optional.ofNullable(applied);
  }

  /** Puts each fault's set and lift work into {@code works}; {@code done} counts each set. */
  void register(Map<String, InjectJob.Work> works, Runnable done) {
    for (Fault fault : faults) {
      works.put(
          key("fault-" + fault.index()),
          (due, first) -> {
            try {
              if (applied != null) {
                applied.apply(fault);
              }
            } finally {
              done.run();
            }
          });
      works.put(
          key("lift-" + fault.index()),
          (due, first) -> {
            if (applied != null) {
              applied.lift(fault, "until");
            }
          });
    }
  }

  /** Makes the faults' journal on {@code clock}: on every node, so any node can fire them. */
  void join(ScenarioClock clock) {
    if (control != null) {
      applied = new ScenarioFaults(control, clock, journal, progress);
    }
  }

  /**
   * Schedules every set and lift. Without a fault control (a target that is no firedrill sandbox)
   * each fault is journaled as failed instead, so the report shows it never held.
   */
  void schedule(Scheduler scheduler, ScenarioClock clock, Runnable done) throws SchedulerException {
    for (Fault fault : faults) {
      if (applied == null) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fault", fault.index());
        data.put("kind", fault.kind());
        data.put("members", fault.members());
        data.put("summary", fault.describe());
        data.put(
            "error",
            "not set: faults need a firedrill sandbox (its control API), and this run has none");
        journal.append(EntryTypes.FAULT_FAILED, clock.now(), data);
        progress.accept("fault " + fault.describe() + " not set: the target has no fault control");
        done.run();
        continue;
      }
      trigger(scheduler, clock, "fault-" + fault.index(), fault.at());
      if (fault.until() != null) {
        trigger(scheduler, clock, "lift-" + fault.index(), fault.until());
      }
    }
  }

  /** Lifts what is still set, at the end of the exercise. */
  void liftAll() {
    if (applied != null) {
      applied.liftAll("exercise ended");
    }
  }

  /** What a job of this class does, for the timeline's "next up"; empty for other jobs. */
  Optional<String> describe(String jobName) {
    for (Fault fault : faults) {
      if (jobName.equals("fault-" + fault.index())) {
        return Optional.of("fault " + fault.describe());
      }
      if (jobName.equals("lift-" + fault.index())) {
        return Optional.of("lift fault " + fault.describe());
      }
    }
    return Optional.empty();
  }

  private void trigger(Scheduler scheduler, ScenarioClock clock, String name, java.time.Duration at)
      throws SchedulerException {
    scheduler.scheduleJob(
        JobBuilder.newJob(InjectJob.class).withIdentity(name, group).build(),
        TriggerBuilder.newTrigger()
            .withIdentity(name, group)
            .startAt(TimelineJobs.notBefore(clock.toWall(at)))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build());
  }

  private String key(String name) {
    return new JobKey(name, group).toString();
  }
}
