package io.firedrill.injector.responder;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A blue team that restarts CloudTrail logging when it sees a trail stopped, a set delay after it
 * noticed. It sees only what a person with the blue team's key would see: CloudTrail event history.
 */
public final class ScriptedBlueTeam implements AutoCloseable {

  static final String PLAYBOOK = "restart-cloudtrail-logging";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration POLL_EVERY = Duration.ofSeconds(5);

  private final AwsSession session;
  private final ScenarioClock clock;
  private final Journal journal;
  private final Duration delay;
  private final Consumer<String> progress;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  private final Set<String> handled = new HashSet<>();
  private final Instant since;

  private ScriptedBlueTeam(
      AwsSession session,
      ScenarioClock clock,
      Journal journal,
      Duration delay,
      Consumer<String> progress) {
    this.session = session;
    this.clock = clock;
    this.journal = journal;
    this.delay = delay;
    this.progress = progress;
    // CloudTrail times have whole seconds; look a second back so nothing at the start is missed.
    this.since = clock.wallStart().minusSeconds(1);
  }

  /**
   * Starts watching.
   *
   * @param delay scenario time between noticing a stopped trail and restarting it
   */
  public static ScriptedBlueTeam start(
      AwsSession session,
      ScenarioClock clock,
      Journal journal,
      Duration delay,
      Consumer<String> progress) {
    ScriptedBlueTeam team = new ScriptedBlueTeam(session, clock, journal, delay, progress);
    long everyMillis = Math.max(5, Math.min(1000, clock.wallSpan(POLL_EVERY).toMillis()));
    team.executor.scheduleWithFixedDelay(team::poll, 0, everyMillis, TimeUnit.MILLISECONDS);
    return team;
  }

  private void poll() {
    try {
      session
          .cloudTrail()
          .lookupEventsPaginator(
              r ->
                  r.startTime(since)
                      .lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("StopLogging")))
          .events()
          .forEach(this::consider);
    } catch (RuntimeException e) {
      progress.accept("blue team: cannot read CloudTrail event history: " + e.getMessage());
    }
  }

  private void consider(Event event) {
    if (!handled.add(event.eventId())) {
      return;
    }
    JsonNode record = JSON.readTree(event.cloudTrailEvent());
    if (record.path("errorCode").isString()) {
      return; // A StopLogging that failed stopped nothing.
    }
    String trail = record.path("requestParameters").path("name").asString();
    progress.accept(
        "blue team: noticed StopLogging on "
            + trail
            + "; restarting it in "
            + delay.toSeconds()
            + "s");
    executor.schedule(
        () -> restart(trail, event.eventId()),
        clock.wallSpan(delay).toMillis(),
        TimeUnit.MILLISECONDS);
  }

  private void restart(String trail, String triggerEventId) {
    ApiCall call =
        session.call(
            "cloudtrail",
            "StartLogging",
            () -> session.cloudTrail().startLogging(r -> r.name(trail)));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("playbook", PLAYBOOK);
    data.put("trigger", triggerEventId);
    data.put("call", call.toJournal());
    journal.append(EntryTypes.RESPONDER_ACTED, clock.now(), data);
    progress.accept("blue team: cloudtrail:StartLogging " + trail + ": " + call.outcome());
  }

  @Override
  public void close() {
    // Lets a call in flight finish rather than interrupting it, and drops the restarts not yet due.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
