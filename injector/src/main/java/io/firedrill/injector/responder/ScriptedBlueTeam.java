package io.firedrill.injector.responder;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
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
 * A blue team that follows a playbook: it watches CloudTrail event history with its own key, as a
 * person on the blue team would, and answers what the playbook names, a set delay after noticing.
 */
public final class ScriptedBlueTeam implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final java.time.Duration POLL_EVERY = java.time.Duration.ofSeconds(5);

  private final AwsSession session;
  private final Playbook playbook;
  private final ScenarioClock clock;
  private final Journal journal;
  private final Consumer<String> progress;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  private final Set<String> seenEvents = new HashSet<>();
  private final Set<String> decided = new HashSet<>();
  private final Set<String> trustedKeys;
  private final Instant since;

  private ScriptedBlueTeam(
      AwsSession session,
      Playbook playbook,
      ScenarioClock clock,
      Journal journal,
      Set<String> trustedKeys,
      Consumer<String> progress) {
    this.session = session;
    this.playbook = playbook;
    this.clock = clock;
    this.journal = journal;
    this.trustedKeys = Set.copyOf(trustedKeys);
    this.progress = progress;
    // CloudTrail times have whole seconds; look a second back so nothing at the start is missed.
    this.since = clock.wallStart().minusSeconds(1);
  }

  /**
   * Starts watching.
   *
   * @param trustedKeys access keys whose calls the blue team knows are its own side's, such as
   *     firedrill's control key that set the account up; its own key is always trusted
   */
  public static ScriptedBlueTeam start(
      AwsSession session,
      Playbook playbook,
      ScenarioClock clock,
      Journal journal,
      Set<String> trustedKeys,
      Consumer<String> progress) {
    ScriptedBlueTeam team =
        new ScriptedBlueTeam(session, playbook, clock, journal, trustedKeys, progress);
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
                              a.attributeKey(LookupAttributeKey.READ_ONLY).attributeValue("false")))
          .events()
          .forEach(this::consider);
    } catch (RuntimeException e) {
      progress.accept("blue team: cannot read CloudTrail event history: " + e.getMessage());
    }
  }

  private void consider(Event event) {
    if (!seenEvents.add(event.eventId())) {
      return;
    }
    JsonNode record = JSON.readTree(event.cloudTrailEvent());
    String caller = record.path("userIdentity").path("accessKeyId").asString("");
    if (record.path("errorCode").isString()
        || caller.equals(session.actor().credentials().accessKeyId())
        || trustedKeys.contains(caller)) {
      return; // what failed changed nothing, and the blue team does not answer its own side
    }
    for (Playbook.Rule rule : playbook.rules()) {
      if (rule.eventName().equals(event.eventName())) {
        Response response = Response.of(rule.response(), record);
        if (response != null && decided.add(response.describe())) {
          progress.accept(
              "blue team: noticed " + event.eventName() + "; will " + response.describe());
          executor.schedule(
              () -> act(rule, response, event.eventId()),
              clock.wallSpan(playbook.delay()).toMillis(),
              TimeUnit.MILLISECONDS);
        }
      }
    }
  }

  private void act(Playbook.Rule rule, Response response, String triggerEventId) {
    ApiCall call = response.perform(session);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("playbook", playbook.id());
    data.put("on", rule.eventName());
    data.put("response", response.describe());
    data.put("trigger", triggerEventId);
    data.put("call", call.toJournal());
    journal.append(EntryTypes.RESPONDER_ACTED, clock.now(), data);
    progress.accept("blue team: " + response.describe() + ": " + call.outcome());
  }

  @Override
  public void close() {
    // Lets a call in flight finish rather than interrupting it, and drops responses not yet due.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
