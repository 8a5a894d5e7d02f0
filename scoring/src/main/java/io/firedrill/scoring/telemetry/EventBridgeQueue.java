package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the SQS queue an EventBridge rule fills (see {@link EventBridgeRoute}): the low-latency
 * path real teams use, where an event arrives seconds after the call instead of LookupEvents'
 * minutes. Long-polls, deletes what it has read, and drops repeats by the event's id (SQS delivers
 * at least once). CloudTrail calls are journaled as the LookupEvents poller journals them, findings
 * as the GuardDuty poller does (a new one, and each update whose count grew); both with source
 * {@value #SOURCE}.
 */
public final class EventBridgeQueue implements AutoCloseable {

  public static final String SOURCE = "eventbridge.sqs";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CLOUDTRAIL_CALL = "AWS API Call via CloudTrail";
  private static final String GUARDDUTY_FINDING = "GuardDuty Finding";

  private final SqsClient client;
  private final String queueUrl;
  private final Journal journal;
  private final Consumer<String> progress;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  // Read and written by the executor's thread only.
  private final Set<String> seenEvents = new HashSet<>();
  private final Map<String, Integer> findingCounts = new HashMap<>();
  private volatile ScenarioClock clock;
  private volatile Duration longPoll;
  private volatile boolean running;

  private EventBridgeQueue(
      SqsClient client, String queueUrl, Journal journal, Consumer<String> progress) {
    this.client = client;
    this.queueUrl = queueUrl;
    this.journal = journal;
    this.progress = progress;
  }

  /** Makes the source and its first call, which loads the SDK, before the clock starts. */
  public static EventBridgeQueue prepare(
      SqsClient client, String queueUrl, Journal journal, Consumer<String> progress) {
    client.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"));
    return new EventBridgeQueue(client, queueUrl, journal, progress);
  }

  /**
   * Starts reading, each receive waiting up to {@code longPoll} (1 to 20 s) for an event; events
   * from before the clock's start (a queue left over from an earlier run) are dropped.
   */
  public void start(ScenarioClock clock, Duration longPoll) {
    if (longPoll.toSeconds() < 1 || longPoll.toSeconds() > 20) {
      throw new IllegalArgumentException("SQS long polls wait 1 to 20 s, not " + longPoll);
    }
    this.clock = clock;
    this.longPoll = longPoll;
    this.running = true;
    executor.execute(this::pollAndContinue);
  }

  /** Reads until the queue is empty, so that the last events are in the journal before scoring. */
  public void drain() throws InterruptedException {
    try {
      executor.submit(this::readUntilEmpty).get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      progress.accept("scorer: last read of the EventBridge queue failed: " + e.getMessage());
    }
  }

  private void pollAndContinue() {
    if (!running) {
      return;
    }
    try {
      read((int) longPoll.toSeconds());
    } catch (RuntimeException e) {
      progress.accept("scorer: cannot read the EventBridge queue: " + e.getMessage());
    }
    if (running) {
      executor.execute(this::pollAndContinue);
    }
  }

  private void readUntilEmpty() {
    while (read(0) > 0) {
      // Again: a receive answers at most ten messages.
    }
  }

  // One receive: journals what is new, deletes everything received; answers how many it got.
  private int read(int waitSeconds) {
    List<Message> messages =
        client
            .receiveMessage(
                r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds))
            .messages();
    if (messages.isEmpty()) {
      return 0;
    }
    Duration now = clock.now();
    List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
    for (Message message : messages) {
      observe(message.body(), now);
      done.add(
          DeleteMessageBatchRequestEntry.builder()
              .id(String.valueOf(done.size()))
              .receiptHandle(message.receiptHandle())
              .build());
    }
    client.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
    return messages.size();
  }

  private void observe(String body, Duration now) {
    JsonNode event;
    try {
      event = JSON.readTree(body);
    } catch (JacksonException e) {
      progress.accept("scorer: a message in the EventBridge queue is not an event; dropped");
      return;
    }
    if (!seenEvents.add(event.path("id").asString("")) || before(event)) {
      return;
    }
    JsonNode detail = event.path("detail");
    switch (event.path("detail-type").asString("")) {
      case CLOUDTRAIL_CALL ->
          journal.append(EntryTypes.TELEMETRY_OBSERVED, now, Observations.of(SOURCE, detail));
      case GUARDDUTY_FINDING -> finding(detail, now);
      default -> {
        // Another rule's event in a shared queue: not telemetry the scorer reads.
      }
    }
  }

  // CloudTrail times have whole seconds: one second of slack, as the LookupEvents poller has.
  private boolean before(JsonNode event) {
    try {
      return Instant.parse(event.path("time").asString())
          .isBefore(clock.wallStart().minusSeconds(1));
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private void finding(JsonNode finding, Duration now) {
    String id = finding.path("id").asString("");
    int count = finding.path("service").path("count").asInt(1);
    Integer before = findingCounts.put(id, count);
    if (before != null && before >= count) {
      return;
    }
    journal.append(
        EntryTypes.TELEMETRY_OBSERVED,
        now,
        FindingFacts.of(SOURCE, finding, before != null, clock::toScenario));
  }

  /** Stops reading; a receive in flight is cut short. */
  @Override
  public void close() {
    running = false;
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
