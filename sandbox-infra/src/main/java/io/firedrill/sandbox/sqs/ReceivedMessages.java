package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A received message as ReceiveMessage answers it. */
final class ReceivedMessages {

  private static final List<String> SYSTEM =
      List.of(
          "SenderId",
          "SentTimestamp",
          "ApproximateReceiveCount",
          "ApproximateFirstReceiveTimestamp");

  private ReceivedMessages() {}

  /**
   * The message with the system attributes {@code system} and the message attributes {@code wanted}
   * ask for; the attributes' digest covers the ones returned, as SDKs check it.
   */
  static ObjectNode json(SqsMessage message, List<String> system, List<String> wanted) {
    ObjectNode out = Json.object();
    out.put("MessageId", message.id);
    out.put("ReceiptHandle", message.receiptHandle);
    out.put("MD5OfBody", message.bodyMd5);
    out.put("Body", message.body);
    boolean all = system.contains("All");
    ObjectNode attributes = Json.object();
    for (String name : SYSTEM) {
      if (all || system.contains(name)) {
        attributes.put(
            name,
            switch (name) {
              case "SenderId" -> message.senderId;
              case "SentTimestamp" -> String.valueOf(message.sentAt.toEpochMilli());
              case "ApproximateReceiveCount" -> String.valueOf(message.receiveCount);
              default -> String.valueOf(message.firstReceivedAt.toEpochMilli());
            });
      }
    }
    if (!attributes.isEmpty()) {
      out.set("Attributes", attributes);
    }
    JsonNode stored = Json.MAPPER.readTree(message.attributes);
    ObjectNode chosen = MessageAttributes.chosen(stored, wanted);
    if (!chosen.isEmpty()) {
      out.put("MD5OfMessageAttributes", MessageDigests.ofAttributes(chosen));
      out.set("MessageAttributes", chosen);
    }
    return out;
  }
}
