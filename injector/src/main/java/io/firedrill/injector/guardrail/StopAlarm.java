package io.firedrill.injector.guardrail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/**
 * A stop condition, as AWS FIS has them: the exercise ends when a named CloudWatch alarm is in
 * ALARM. Checked once before the exercise starts (an alarm already firing, or missing, refuses it),
 * then polled while it runs.
 */
public final class StopAlarm implements AutoCloseable {

  /** The start of the reason an exercise ends with when its stop condition fired. */
  public static final String REASON_PREFIX = "stop condition: CloudWatch alarm ";

  private final CloudWatchClient cloudWatch;
  private final String name;
  private ScheduledExecutorService poller;

  /** A stop condition asked about through {@code cloudWatch}, which it closes when closed. */
  public StopAlarm(CloudWatchClient cloudWatch, String name) {
    this.cloudWatch = cloudWatch;
    this.name = name;
  }

  /**
   * @return the alarm's state, for the journal
   * @throws TargetRefusedException when the alarm does not exist, cannot be read, or is in ALARM
   */
  public String checkBeforeStart() {
    MetricAlarm alarm;
    try {
      alarm = find();
    } catch (SdkException e) {
      throw new TargetRefusedException(
          "cannot read the stop condition's alarm '" + name + "': " + e.getMessage());
    }
    if (alarm == null) {
      throw new TargetRefusedException(
          "the stop condition's CloudWatch alarm '"
              + name
              + "' does not exist in this region; create it, or unset stop-alarm; nothing was"
              + " injected");
    }
    if (alarm.stateValue() == StateValue.ALARM) {
      throw new TargetRefusedException(
          reason(alarm) + " before the exercise began; nothing was" + " injected");
    }
    return alarm.stateValueAsString();
  }

  /**
   * Polls the alarm every {@code every} from now on and tells {@code stop} the reason, once, when
   * it is in ALARM. A poll that fails is tried again at the next one: a throttled DescribeAlarms
   * must not end a game day.
   */
  public void watch(Duration every, Consumer<String> stop) {
    poller =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "firedrill-stop-alarm");
              thread.setDaemon(true);
              return thread;
            });
    poller.scheduleWithFixedDelay(
        () -> {
          try {
            MetricAlarm alarm = find();
            if (alarm != null && alarm.stateValue() == StateValue.ALARM) {
              stop.accept(reason(alarm));
              poller.shutdown();
            }
          } catch (SdkException e) {
            // Tried again at the next poll.
          }
        },
        0,
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private MetricAlarm find() {
    List<MetricAlarm> alarms = cloudWatch.describeAlarms(r -> r.alarmNames(name)).metricAlarms();
    return alarms.isEmpty() ? null : alarms.get(0);
  }

  private String reason(MetricAlarm alarm) {
    String why = alarm.stateReason();
    return REASON_PREFIX
        + "'"
        + name
        + "' is in ALARM"
        + (why == null || why.isBlank() ? "" : " (" + why + ")");
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
    cloudWatch.close();
  }
}
