package io.firedrill.sandbox.sqs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One standard queue. Its monitor guards everything in it; a long-polling receiver waits on it, and
 * a send, a visibility change or the queue's deletion wakes it.
 */
final class Queue {

  final String name;
  final String region;
  final String accountId;
  final Instant createdAt;
  private Instant modifiedAt;
  // The attributes set on the queue, by name; defaults are filled in when read.
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final List<SqsMessage> messages = new ArrayList<>();
  private Instant lastPurge;
  private boolean deleted;

  Queue(String name, String region, String accountId, Instant createdAt) {
    this.name = name;
    this.region = region;
    this.accountId = accountId;
    this.createdAt = createdAt;
    this.modifiedAt = createdAt;
  }

  String arn() {
    return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
  }

  synchronized Map<String, String> attributes() {
    return new LinkedHashMap<>(attributes);
  }

  synchronized void setAttributes(Map<String, String> given, Instant at) {
    attributes.putAll(given);
    modifiedAt = at;
  }

  synchronized Instant modifiedAt() {
    return modifiedAt;
  }

  synchronized Map<String, String> tags() {
    return new LinkedHashMap<>(tags);
  }

  synchronized void tag(Map<String, String> more) {
    tags.putAll(more);
  }

  synchronized void untag(List<String> keys) {
    keys.forEach(tags::remove);
  }

  int intAttribute(String attribute) {
    return Integer.parseInt(QueueAttributes.value(this, attribute));
  }

  synchronized void send(SqsMessage message) {
    messages.add(message);
    notifyAll();
  }

  /**
   * Up to {@code max} visible messages, hidden for {@code visibility} from now on; when there are
   * none, waits up to {@code wait} for one. An interrupted wait (the sandbox closing) ends empty.
   */
  synchronized List<SqsMessage> receive(int max, Duration visibility, Duration wait, Clock clock) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Instant now = clock.instant();
      List<SqsMessage> taken = take(max, visibility, now);
      long left = deadline - System.nanoTime();
      if (!taken.isEmpty() || deleted || left <= 0) {
        return taken;
      }
      // A delayed or in-flight message may become visible before the wait is over.
      long untilVisible = Long.MAX_VALUE;
      for (SqsMessage message : messages) {
        untilVisible =
            Math.min(untilVisible, Duration.between(now, message.visibleAt).toNanos() + 1);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, Math.min(left, untilVisible)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return List.of();
      }
    }
  }

  private List<SqsMessage> take(int max, Duration visibility, Instant now) {
    expire(now);
    List<SqsMessage> taken = new ArrayList<>();
    for (SqsMessage message : messages) {
      if (taken.size() == max) {
        break;
      }
      if (message.visibleAt(now)) {
        message.receiveCount++;
        if (message.firstReceivedAt == null) {
          message.firstReceivedAt = now;
        }
        message.visibleAt = now.plus(visibility);
        message.receiptHandle = handle(message.id);
        taken.add(message);
      }
    }
    return taken;
  }

  // Messages older than the retention period are gone, as on AWS.
  private void expire(Instant now) {
    Instant oldest = now.minusSeconds(intAttribute(QueueAttributes.RETENTION));
    messages.removeIf(message -> message.sentAt.isBefore(oldest));
  }

  /** Deletes the message {@code handle} was last received with; an older handle deletes nothing. */
  synchronized void delete(String handle) {
    String id = idOf(handle);
    messages.removeIf(message -> message.id.equals(id) && handle.equals(message.receiptHandle));
  }

  synchronized void changeVisibility(String handle, Duration visibility, Instant now) {
    String id = idOf(handle);
    for (SqsMessage message : messages) {
      if (message.id.equals(id) && handle.equals(message.receiptHandle) && message.inFlight(now)) {
        message.visibleAt = now.plus(visibility);
        notifyAll();
        return;
      }
    }
    throw SqsErrors.notInFlight();
  }

  synchronized void purge(Instant now) {
    if (lastPurge != null && now.isBefore(lastPurge.plusSeconds(60))) {
      throw SqsErrors.purgeInProgress(name);
    }
    lastPurge = now;
    messages.clear();
  }

  /** Visible, in flight, and delayed (sent but not yet visible) message counts. */
  synchronized int[] counts(Instant now) {
    expire(now);
    int[] counts = new int[3];
    for (SqsMessage message : messages) {
      if (message.visibleAt(now)) {
        counts[0]++;
      } else {
        counts[message.receiveCount > 0 ? 1 : 2]++;
      }
    }
    return counts;
  }

  synchronized void markDeleted() {
    deleted = true;
    notifyAll();
  }

  synchronized SqsState.SavedQueue saved() {
    return new SqsState.SavedQueue(
        name,
        region,
        createdAt,
        modifiedAt,
        new LinkedHashMap<>(attributes),
        new LinkedHashMap<>(tags),
        messages.stream().map(SqsMessage::saved).toList());
  }

  static Queue restored(SqsState.SavedQueue saved, String accountId) {
    Queue queue = new Queue(saved.name(), saved.region(), accountId, saved.createdAt());
    queue.modifiedAt = saved.modifiedAt();
    queue.attributes.putAll(saved.attributes());
    queue.tags.putAll(saved.tags());
    saved.messages().forEach(m -> queue.messages.add(SqsMessage.restored(m)));
    return queue;
  }

  // A receipt handle names its queue and message, and is new on every receipt.
  private String handle(String messageId) {
    String raw = name + "/" + messageId + "/" + UUID.randomUUID();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private String idOf(String handle) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8).split("/");
      if (parts.length == 3) {
        return parts[1];
      }
    } catch (IllegalArgumentException notBase64) {
      // Answered below.
    }
    throw SqsErrors.invalidReceipt(handle);
  }
}
