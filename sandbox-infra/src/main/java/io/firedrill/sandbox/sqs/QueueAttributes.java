package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** A queue's attributes: which may be set and to what, their defaults, and the computed ones. */
final class QueueAttributes {

  static final String DELAY = "DelaySeconds";
  static final String MAX_SIZE = "MaximumMessageSize";
  static final String RETENTION = "MessageRetentionPeriod";
  static final String POLICY = "Policy";
  static final String WAIT = "ReceiveMessageWaitTimeSeconds";
  static final String VISIBILITY = "VisibilityTimeout";

  // Settable attributes with their defaults; null: absent unless set. Ranges checked in check().
  private static final Map<String, String> SETTABLE = new LinkedHashMap<>();

  static {
    SETTABLE.put(DELAY, "0");
    SETTABLE.put(MAX_SIZE, "1048576");
    SETTABLE.put(RETENTION, "345600");
    SETTABLE.put(POLICY, null);
    SETTABLE.put(WAIT, "0");
    SETTABLE.put(VISIBILITY, "30");
    SETTABLE.put("RedrivePolicy", null);
    SETTABLE.put("RedriveAllowPolicy", null);
    SETTABLE.put("KmsMasterKeyId", null);
    SETTABLE.put("KmsDataKeyReusePeriodSeconds", null);
    // New queues are encrypted with SQS-owned keys by default, as on AWS since 2022.
    SETTABLE.put("SqsManagedSseEnabled", "true");
  }

  private static final List<String> COMPUTED =
      List.of(
          "QueueArn",
          "ApproximateNumberOfMessages",
          "ApproximateNumberOfMessagesNotVisible",
          "ApproximateNumberOfMessagesDelayed",
          "CreatedTimestamp",
          "LastModifiedTimestamp");

  private QueueAttributes() {}

  /** Checks attributes a caller sets; FIFO queues are not emulated. */
  static void check(Map<String, String> given) {
    given.forEach(
        (name, value) -> {
          if (name.equals("FifoQueue") || name.equals("ContentBasedDeduplication")) {
            throw SqsErrors.invalidParameter("The sandbox does not emulate FIFO queues.");
          }
          if (!SETTABLE.containsKey(name)) {
            throw SqsErrors.unknownAttribute(name);
          }
          boolean valid =
              switch (name) {
                case DELAY -> inRange(value, 0, 900);
                case MAX_SIZE -> inRange(value, 1024, 1048576);
                case RETENTION -> inRange(value, 60, 1209600);
                case WAIT -> inRange(value, 0, 20);
                case VISIBILITY -> inRange(value, 0, 43200);
                case "KmsDataKeyReusePeriodSeconds" -> inRange(value, 60, 86400);
                case "SqsManagedSseEnabled" -> value.equals("true") || value.equals("false");
                case POLICY, "RedrivePolicy", "RedriveAllowPolicy" ->
                    value.isEmpty() || json(value);
                default -> true;
              };
          if (!valid) {
            throw SqsErrors.invalidAttribute(name);
          }
        });
  }

  /** The value of one readable attribute (settable or computed), or null when it has none. */
  static String value(Queue queue, String name) {
    Map<String, String> set = queue.attributes();
    if (set.containsKey(name)) {
      String value = set.get(name);
      return value.isEmpty() ? null : value;
    }
    return SETTABLE.get(name);
  }

  /**
   * The attributes {@code names} asks for ({@code All} for every one) and the queue has.
   *
   * @throws io.firedrill.sandbox.api.AwsException InvalidAttributeName for a name SQS lacks
   */
  static Map<String, String> read(Queue queue, List<String> names, Instant now) {
    boolean all = names.contains("All");
    for (String name : names) {
      if (!name.equals("All") && !SETTABLE.containsKey(name) && !COMPUTED.contains(name)) {
        throw SqsErrors.unknownAttribute(name);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    int[] counts = queue.counts(now);
    for (String name : COMPUTED) {
      if (all || names.contains(name)) {
        out.put(
            name,
            switch (name) {
              case "QueueArn" -> queue.arn();
              case "ApproximateNumberOfMessages" -> String.valueOf(counts[0]);
              case "ApproximateNumberOfMessagesNotVisible" -> String.valueOf(counts[1]);
              case "ApproximateNumberOfMessagesDelayed" -> String.valueOf(counts[2]);
              case "CreatedTimestamp" -> String.valueOf(queue.createdAt.getEpochSecond());
              default -> String.valueOf(queue.modifiedAt().getEpochSecond());
            });
      }
    }
    for (String name : SETTABLE.keySet()) {
      String value = value(queue, name);
      if ((all || names.contains(name)) && value != null) {
        out.put(name, value);
      }
    }
    return out;
  }

  private static boolean inRange(String value, int min, int max) {
    try {
      int number = Integer.parseInt(value.trim());
      return number >= min && number <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean json(String value) {
    try {
      return Json.MAPPER.readTree(value).isObject();
    } catch (JacksonException e) {
      return false;
    }
  }
}
