package io.firedrill.sandbox.sqs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The queues and their messages, as plain data, for the sandbox's state file.
 *
 * @param queues every queue
 */
public record SqsState(List<SavedQueue> queues) {

  public SqsState {
    queues = queues == null ? List.of() : List.copyOf(queues);
  }

  /** One queue: its settable attributes, tags and messages. */
  public record SavedQueue(
      String name,
      String region,
      Instant createdAt,
      Instant modifiedAt,
      Map<String, String> attributes,
      Map<String, String> tags,
      List<SavedMessage> messages) {}

  /** One message and its delivery state. */
  public record SavedMessage(
      String id,
      String body,
      String attributes,
      String attributesMd5,
      String senderId,
      Instant sentAt,
      Instant visibleAt,
      int receiveCount,
      Instant firstReceivedAt,
      String receiptHandle) {}
}
