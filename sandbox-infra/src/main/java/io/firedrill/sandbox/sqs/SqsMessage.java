package io.firedrill.sandbox.sqs;

import java.time.Instant;

/**
 * One message in a queue. Its delivery state (when it is visible again, how often received, the
 * receipt handle of its latest receipt) changes; it is guarded by the {@link Queue} that holds it.
 *
 * @see SqsState.SavedMessage
 */
final class SqsMessage {

  final String id;
  final String body;
  final String bodyMd5;
  // Name to MessageAttributeValue, as JSON text; "{}" for none.
  final String attributes;
  final String attributesMd5;
  final String senderId;
  final Instant sentAt;
  Instant visibleAt;
  int receiveCount;
  Instant firstReceivedAt;
  String receiptHandle;

  SqsMessage(
      String id,
      String body,
      String attributes,
      String attributesMd5,
      String senderId,
      Instant sentAt,
      Instant visibleAt) {
    this.id = id;
    this.body = body;
    this.bodyMd5 = MessageDigests.ofBody(body);
    this.attributes = attributes;
    this.attributesMd5 = attributesMd5;
    this.senderId = senderId;
    this.sentAt = sentAt;
    this.visibleAt = visibleAt;
  }

  boolean visibleAt(Instant now) {
    return !now.isBefore(visibleAt);
  }

  boolean inFlight(Instant now) {
    return receiveCount > 0 && !visibleAt(now);
  }

  SqsState.SavedMessage saved() {
    return new SqsState.SavedMessage(
        id,
        body,
        attributes,
        attributesMd5,
        senderId,
        sentAt,
        visibleAt,
        receiveCount,
        firstReceivedAt,
        receiptHandle);
  }

  static SqsMessage restored(SqsState.SavedMessage saved) {
    SqsMessage message =
        new SqsMessage(
            saved.id(),
            saved.body(),
            saved.attributes(),
            saved.attributesMd5(),
            saved.senderId(),
            saved.sentAt(),
            saved.visibleAt());
    message.receiveCount = saved.receiveCount();
    message.firstReceivedAt = saved.firstReceivedAt();
    message.receiptHandle = saved.receiptHandle();
    return message;
  }
}
