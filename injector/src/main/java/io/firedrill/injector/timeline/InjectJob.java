package io.firedrill.injector.timeline;

import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job that fires one inject; the work itself travels in the job's data map. */
public final class InjectJob implements Job {

  static final String WORK = "work";

  @Override
  public void execute(JobExecutionContext context) {
    ((Runnable) context.getMergedJobDataMap().get(WORK)).run();
  }
}
