package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches CloudTrail event history (LookupEvents) for write events since the exercise began,
 * de-duplicated by eventID, and journals each one it sees.
 *
 * <p>It asks only for write events ({@code ReadOnly=false}): the poller's own LookupEvents calls
 * are read events, and would otherwise flood every page it reads.
 */
public final class CloudTrailPoller implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CloudTrailClient client;
  private final Journal journal;
  private final Consumer<String> progress;
  private final Set<String> seen = new HashSet<>();
  // Set once by start(), then read only by the executor's thread.
  private volatile ScenarioClock clock;
  private volatile Instant since;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);

  private CloudTrailPoller(CloudTrailClient client, Journal journal, Consumer<String> progress) {
    this.client = client;
    this.journal = journal;
    this.progress = progress;
  }

  /**
   * Makes the poller and its first call to CloudTrail, which loads the SDK's machinery, before the
   * exercise's clock starts, so that the first real poll is as quick as the others.
   */
  public static CloudTrailPoller prepare(
      CloudTrailClient client, Journal journal, Consumer<String> progress) {
    client.lookupEvents(r -> r.maxResults(1));
    return new CloudTrailPoller(client, journal, progress);
  }

  /**
   * Starts polling for events since the clock's start.
   *
   * @param every wall-clock time between polls; keep it at 500 ms or more against real AWS, whose
   *     LookupEvents allows 2 requests a second per account and region
   */
  public void start(ScenarioClock clock, Duration every) {
    this.clock = clock;
    // CloudTrail times have whole seconds: look one second back so nothing at the start is lost.
    this.since = clock.wallStart().minusSeconds(1);
    executor.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls once more now, so that the last events are in the journal before scoring. */
  public void drain() throws InterruptedException {
    try {
      executor.submit(this::pollQuietly).get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      progress.accept("scorer: last CloudTrail poll failed: " + e.getMessage());
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      progress.accept("scorer: cannot read CloudTrail event history: " + e.getMessage());
    }
  }

  private void poll() {
    List<Event> fresh = new ArrayList<>();
    client
        .lookupEventsPaginator(
            r ->
                r.startTime(since)
                    .lookupAttributes(
                        a -> a.attributeKey(LookupAttributeKey.READ_ONLY).attributeValue("false")))
        .events()
        .forEach(
            event -> {
              if (seen.add(event.eventId())) {
                fresh.add(event);
              }
            });
    // Event history answers newest first; the journal tells the story oldest first.
    java.util.Collections.reverse(fresh);
    fresh.sort(Comparator.comparing(Event::eventTime));
    Duration now = clock.now();
    for (Event event : fresh) {
      JsonNode record = JSON.readTree(event.cloudTrailEvent());
      journal.append(
          EntryTypes.TELEMETRY_OBSERVED, now, Observations.of(Observations.LOOKUP_EVENTS, record));
    }
  }

  @Override
  public void close() {
    // Lets a poll in flight finish rather than interrupting it.
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
