package io.firedrill.injector.timeline;

import java.util.Date;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job that fires one inject; the work itself travels in the job's data map. */
public final class InjectJob implements Job {

  static final String WORK = "work";

  /** What a job does, told when it was due (Quartz's scheduled fire time). */
  interface Work {
    void run(Date due);
  }

  @Override
  public void execute(JobExecutionContext context) {
    ((Work) context.getMergedJobDataMap().get(WORK)).run(context.getScheduledFireTime());
  }
}
