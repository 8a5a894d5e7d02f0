package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** LookupEvents over the event history: one attribute filter, a time range, pages newest first. */
final class LookupEvents {

  static final int DEFAULT_MAX_RESULTS = 50;
  private static final Set<String> KEYS =
      Set.of(
          "EventId",
          "EventName",
          "ReadOnly",
          "Username",
          "ResourceType",
          "ResourceName",
          "EventSource",
          "AccessKeyId");
  private static final String TOKEN_PREFIX = "fd1:";

  private final EventHistory history;

  LookupEvents(EventHistory history) {
    this.history = history;
  }

  Outcome handle(ApiCall call) {
    JsonNode input = call.json();
    String[] attribute = attribute(input);
    Instant start = JsonInput.timestamp(input, "StartTime");
    Instant end = JsonInput.timestamp(input, "EndTime");
    if (start != null && end != null && start.isAfter(end)) {
      throw CloudTrailErrors.timeRange();
    }
    String category = JsonInput.string(input, "EventCategory");
    if (category != null && !category.equals("insight")) {
      throw CloudTrailErrors.eventCategory(category);
    }
    Integer max = JsonInput.integer(input, "MaxResults");
    int limit = max == null ? DEFAULT_MAX_RESULTS : max;
    if (limit < 1 || limit > DEFAULT_MAX_RESULTS) {
      throw CloudTrailErrors.maxResults();
    }
    // A token is only good for the query that issued it, as on AWS.
    String fingerprint =
        Integer.toHexString(
            String.join(
                    "|", attribute[0] + "", attribute[1] + "", start + "", end + "", category + "")
                .hashCode());
    long before = before(JsonInput.string(input, "NextToken"), fingerprint);

    ObjectNode body = Json.object();
    ArrayNode events = body.putArray("Events");
    if (category != null) {
      return Outcome.json(body); // the sandbox raises no Insights events
    }
    Predicate<HistoryEntry> filter =
        history
            .deliveredBy(call.time())
            .and(inRange(start, end))
            .and(matching(attribute[0], attribute[1]));
    List<HistoryEntry> page = history.newestFirst(filter, before, limit + 1);
    for (HistoryEntry entry : page.subList(0, Math.min(limit, page.size()))) {
      ObjectNode event = events.addObject();
      event.put("EventId", entry.eventId());
      event.put("EventName", entry.eventName());
      event.put("ReadOnly", String.valueOf(entry.readOnly()));
      event.put("AccessKeyId", entry.accessKeyId());
      event.put("EventTime", entry.eventTime().getEpochSecond());
      event.put("EventSource", entry.eventSource());
      event.put("Username", entry.userName());
      ArrayNode resources = event.putArray("Resources");
      for (ResourceRef ref : entry.resources()) {
        resources.addObject().put("ResourceType", ref.type()).put("ResourceName", ref.name());
      }
      event.put("CloudTrailEvent", entry.recordJson());
    }
    if (page.size() > limit) {
      body.put("NextToken", token(fingerprint, page.get(limit - 1).sequence()));
    }
    return Outcome.json(body);
  }

  private static String[] attribute(JsonNode input) {
    JsonNode list = JsonInput.array(input, "LookupAttributes");
    if (list == null || list.isEmpty()) {
      return new String[] {null, null};
    }
    if (list.size() > 1) {
      throw CloudTrailErrors.lookupAttributes("You can only specify one lookup attribute.");
    }
    String key = JsonInput.string(list.get(0), "AttributeKey");
    String value = JsonInput.string(list.get(0), "AttributeValue");
    if (key == null || !KEYS.contains(key)) {
      throw CloudTrailErrors.lookupAttributes(
          "AttributeKey must be one of "
              + String.join(", ", KEYS.stream().sorted().toList())
              + ".");
    }
    if (value == null || value.isEmpty() || value.length() > 2000) {
      throw CloudTrailErrors.lookupAttributes(
          "AttributeValue must be between 1 and 2000 characters.");
    }
    return new String[] {key, value};
  }

  private static Predicate<HistoryEntry> inRange(Instant start, Instant end) {
    // Event times are whole seconds; a start within the event's second still finds it.
    Instant from = start == null ? null : start.truncatedTo(ChronoUnit.SECONDS);
    return entry ->
        (from == null || !entry.eventTime().isBefore(from))
            && (end == null || !entry.eventTime().isAfter(end));
  }

  private static Predicate<HistoryEntry> matching(String key, String value) {
    if (key == null) {
      return entry -> true;
    }
    return switch (key) {
      case "EventId" -> entry -> value.equals(entry.eventId());
      case "EventName" -> entry -> value.equals(entry.eventName());
      case "ReadOnly" -> entry -> value.equals(String.valueOf(entry.readOnly()));
      case "Username" -> entry -> value.equals(entry.userName());
      case "EventSource" -> entry -> value.equals(entry.eventSource());
      case "AccessKeyId" -> entry -> value.equals(entry.accessKeyId());
      case "ResourceType" ->
          entry -> entry.resources().stream().anyMatch(r -> value.equals(r.type()));
      case "ResourceName" ->
          entry -> entry.resources().stream().anyMatch(r -> value.equals(r.name()));
      default -> throw new IllegalStateException("unchecked attribute key " + key);
    };
  }

  private static String token(String fingerprint, long lastSequence) {
    String plain = TOKEN_PREFIX + fingerprint + ":" + lastSequence;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static long before(String token, String fingerprint) {
    if (token == null) {
      return Long.MAX_VALUE;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = plain.split(":");
      if (parts.length == 3
          && (parts[0] + ":").equals(TOKEN_PREFIX)
          && parts[1].equals(fingerprint)) {
        return Long.parseLong(parts[2]);
      }
    } catch (IllegalArgumentException e) {
      // falls through: any token this sandbox did not issue for this query is invalid
    }
    throw CloudTrailErrors.nextToken();
  }
}
