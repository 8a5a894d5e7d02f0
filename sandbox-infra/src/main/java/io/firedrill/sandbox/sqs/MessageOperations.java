package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sending, receiving (with long polling), deleting and hiding messages. */
final class MessageOperations {

  private final Queues queues;
  private final Clock clock;

  MessageOperations(Queues queues, Clock clock) {
    this.queues = queues;
    this.clock = clock;
  }

  ObjectNode send(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    return send(queue, input, call.caller().principalId());
  }

  /** Sends one message; {@code input} is a SendMessage request or a batch entry. */
  ObjectNode send(Queue queue, JsonNode input, String senderId) {
    String body = JsonInput.string(input, "MessageBody");
    if (body == null || body.isEmpty()) {
      throw SqsErrors.missing("MessageBody");
    }
    checkContents(body);
    int maxSize = queue.intAttribute(QueueAttributes.MAX_SIZE);
    if (body.getBytes(StandardCharsets.UTF_8).length > maxSize) {
      throw SqsErrors.invalidParameter(
          "One or more parameters are invalid. Reason: Message must be shorter than "
              + maxSize
              + " bytes.");
    }
    Integer delay = JsonInput.integer(input, "DelaySeconds");
    if (delay != null && (delay < 0 || delay > 900)) {
      throw SqsErrors.invalidParameter(
          "Value " + delay + " for parameter DelaySeconds is invalid.");
    }
    int seconds = delay != null ? delay : queue.intAttribute(QueueAttributes.DELAY);
    JsonNode attributes = MessageAttributes.checked(input.get("MessageAttributes"));
    Instant now = clock.instant();
    SqsMessage message =
        new SqsMessage(
            UUID.randomUUID().toString(),
            body,
            Json.write(attributes),
            MessageDigests.ofAttributes(attributes),
            senderId,
            now,
            now.plusSeconds(seconds));
    queue.send(message);
    ObjectNode out = Json.object();
    out.put("MD5OfMessageBody", message.bodyMd5);
    if (message.attributesMd5 != null) {
      out.put("MD5OfMessageAttributes", message.attributesMd5);
    }
    out.put("MessageId", message.id);
    return out;
  }

  ObjectNode sendBatch(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    List<JsonNode> entries = Batches.entries(input);
    long total = 0;
    for (JsonNode entry : entries) {
      total += entry.path("MessageBody").asString("").getBytes(StandardCharsets.UTF_8).length;
    }
    if (total > 1048576) {
      throw SqsErrors.batchTooLong();
    }
    return Batches.run(
        entries,
        entry -> {
          ObjectNode sent = idOf(entry);
          sent.setAll(send(queue, entry, call.caller().principalId()));
          return sent;
        });
  }

  ObjectNode receive(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    Integer max = JsonInput.integer(input, "MaxNumberOfMessages");
    if (max != null && (max < 1 || max > 10)) {
      throw SqsErrors.invalidParameter(
          "Value "
              + max
              + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between"
              + " 1 and 10, if provided.");
    }
    Integer visibility = JsonInput.integer(input, "VisibilityTimeout");
    if (visibility != null && (visibility < 0 || visibility > 43200)) {
      throw SqsErrors.invalidParameter(
          "Value " + visibility + " for parameter VisibilityTimeout is invalid.");
    }
    Integer wait = JsonInput.integer(input, "WaitTimeSeconds");
    if (wait != null && (wait < 0 || wait > 20)) {
      throw SqsErrors.invalidParameter(
          "Value "
              + wait
              + " for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and"
              + " <= 20, if provided.");
    }
    List<SqsMessage> received =
        queue.receive(
            max == null ? 1 : max,
            Duration.ofSeconds(
                visibility != null ? visibility : queue.intAttribute(QueueAttributes.VISIBILITY)),
            Duration.ofSeconds(wait != null ? wait : queue.intAttribute(QueueAttributes.WAIT)),
            clock);
    List<String> system = QueueOperations.strings(input, "MessageSystemAttributeNames");
    system.addAll(QueueOperations.strings(input, "AttributeNames"));
    List<String> wanted = QueueOperations.strings(input, "MessageAttributeNames");
    ObjectNode out = Json.object();
    if (!received.isEmpty()) {
      ArrayNode messages = out.putArray("Messages");
      synchronized (queue) {
        for (SqsMessage message : received) {
          messages.add(ReceivedMessages.json(message, system, wanted));
        }
      }
    }
    return out;
  }

  ObjectNode delete(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    queue.delete(receipt(input));
    return Json.object();
  }

  ObjectNode deleteBatch(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    return Batches.run(
        Batches.entries(input),
        entry -> {
          queue.delete(receipt(entry));
          return idOf(entry);
        });
  }

  ObjectNode changeVisibility(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    queue.changeVisibility(receipt(input), visibility(input), clock.instant());
    return Json.object();
  }

  ObjectNode changeVisibilityBatch(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    return Batches.run(
        Batches.entries(input),
        entry -> {
          queue.changeVisibility(receipt(entry), visibility(entry), clock.instant());
          return idOf(entry);
        });
  }

  private static ObjectNode idOf(JsonNode entry) {
    ObjectNode out = Json.object();
    out.put("Id", entry.get("Id").asString());
    return out;
  }

  private static String receipt(JsonNode input) {
    String handle = JsonInput.string(input, "ReceiptHandle");
    if (handle == null || handle.isEmpty()) {
      throw SqsErrors.missing("ReceiptHandle");
    }
    return handle;
  }

  private static Duration visibility(JsonNode input) {
    Integer seconds = JsonInput.integer(input, "VisibilityTimeout");
    if (seconds == null) {
      throw SqsErrors.missing("VisibilityTimeout");
    }
    if (seconds < 0 || seconds > 43200) {
      throw SqsErrors.invalidParameter(
          "Value "
              + seconds
              + " for parameter VisibilityTimeout is invalid. Reason: Must be"
              + " between 0 and 43200.");
    }
    return Duration.ofSeconds(seconds);
  }

  // The characters XML 1.0 allows, which is what SQS accepts.
  static void checkContents(String body) {
    for (int i = 0; i < body.length(); ) {
      int c = body.codePointAt(i);
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!ok) {
        throw SqsErrors.invalidContents();
      }
      i += Character.charCount(c);
    }
  }

  /** An error a batch entry fails with, as the batch's Failed list reports it. */
  static ObjectNode failure(String id, AwsException error) {
    ObjectNode out = Json.object();
    out.put("Id", id);
    out.put("SenderFault", error.senderFault());
    out.put("Code", error.queryCode() != null ? error.queryCode() : error.code());
    out.put("Message", error.getMessage());
    return out;
  }
}
