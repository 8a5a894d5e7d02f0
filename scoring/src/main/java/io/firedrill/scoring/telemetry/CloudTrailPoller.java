package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.scoring.detect.Detections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Watches CloudTrail event history (LookupEvents) for write events since the exercise began,
 * de-duplicated by eventID, and journals each one it sees. Each poll reads every page, from a
 * window that trails the newest event seen by {@link #LATE_DELIVERY}, since AWS may deliver an
 * event to event history minutes after it happened.
 *
 * <p>It asks only for write events ({@code ReadOnly=false}): the poller's own LookupEvents calls
 * are read events, and would otherwise flood every page it reads.
 */
public final class CloudTrailPoller implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How late AWS may add an event to event history: AWS's typical delivery is within 15 min. */
  static final Duration LATE_DELIVERY = Duration.ofMinutes(15);

  private final CloudTrailClient client;
  private final Journal journal;
  private final Consumer<String> progress;
  private final Set<String> seen = new HashSet<>();
  // Set once by start(), then read only by the executor's thread.
  private volatile ScenarioClock clock;
  private volatile Instant since;
  // Read and written by the executor's thread only.
  private Instant newest;
  private long lastRequest;
  private final Duration minGap;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  private volatile Detections detections;

  private CloudTrailPoller(
      CloudTrailClient client, Journal journal, Duration minGap, Consumer<String> progress) {
    this.client = client;
    this.minGap = minGap;
    this.journal = journal;
    this.progress = progress;
  }

  /**
   * Makes the poller and its first call to CloudTrail, which loads the SDK's machinery, before the
   * exercise's clock starts, so that the first real poll is as quick as the others.
   *
   * @param minGap the least time between two requests: 500 ms against AWS, whose LookupEvents
   *     allows 2 requests a second per account and region; zero against the embedded sandbox
   */
  public static CloudTrailPoller prepare(
      CloudTrailClient client, Journal journal, Duration minGap, Consumer<String> progress) {
    client.lookupEvents(r -> r.maxResults(1));
    return new CloudTrailPoller(client, journal, minGap, progress);
  }

  /** Hands each new record to the team's detection rules, which journal what goes off. */
  public CloudTrailPoller detecting(Detections detections) {
    this.detections = detections;
    return this;
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      progress.accept("scorer: cannot read CloudTrail event history: " + e.getMessage());
    }
  }

  private void poll() throws InterruptedException {
    Instant from = newest == null ? since : max(since, newest.minus(LATE_DELIVERY));
    List<Event> fresh = new ArrayList<>();
    String token = null;
    do {
      pace();
      String page = token;
      LookupEventsResponse response =
          client.lookupEvents(
              r ->
                  r.startTime(from)
                      .nextToken(page)
                      .lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.READ_ONLY)
                                  .attributeValue("false")));
      for (Event event : response.events()) {
        if (seen.add(event.eventId())) {
          fresh.add(event);
        }
      }
      token = response.nextToken();
    } while (token != null);
    // Event history answers newest first; the journal tells the story oldest first.
    Collections.reverse(fresh);
    fresh.sort(Comparator.comparing(Event::eventTime));
    Duration now = clock.now();
    for (Event event : fresh) {
      JsonNode record = JSON.readTree(event.cloudTrailEvent());
      journal.append(
          EntryTypes.TELEMETRY_OBSERVED, now, Observations.of(Observations.LOOKUP_EVENTS, record));
      if (detections != null) {
        detections.onRecord(record, now);
      }
      newest = newest == null ? event.eventTime() : max(newest, event.eventTime());
    }
  }

  /** Keeps requests at least {@code minGap} apart: LookupEvents allows 2 a second on AWS. */
  private void pace() throws InterruptedException {
    long wait = lastRequest + minGap.toNanos() - System.nanoTime();
    if (lastRequest != 0 && wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    lastRequest = System.nanoTime();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
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
