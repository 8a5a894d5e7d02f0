package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The operations on queues themselves: create, find, list, delete, attributes, purge, tags. */
final class QueueOperations {

  private final Queues queues;
  private final Clock clock;

  QueueOperations(Queues queues, Clock clock) {
    this.queues = queues;
    this.clock = clock;
  }

  /** Idempotent, as on AWS: the same name with the same attributes answers the same URL. */
  ObjectNode create(ApiCall call, JsonNode input) {
    String name = JsonInput.string(input, "QueueName");
    Queues.checkName(name);
    Map<String, String> attributes = stringMap(input, "Attributes");
    QueueAttributes.check(attributes);
    Map<String, String> tags = stringMap(input, "tags");
    synchronized (queues) {
      Queue existing = queues.get(name);
      if (existing != null) {
        attributes.forEach(
            (key, value) -> {
              if (!value.equals(QueueAttributes.value(existing, key))) {
                throw SqsErrors.queueExists(name);
              }
            });
        return url(existing);
      }
      Queue queue = new Queue(name, call.region(), queues.accountId(), clock.instant());
      queue.setAttributes(attributes, queue.createdAt);
      queue.tag(tags);
      queues.put(queue);
      return url(queue);
    }
  }

  ObjectNode getUrl(ApiCall call, JsonNode input) {
    String name = JsonInput.string(input, "QueueName");
    if (name == null || name.isEmpty()) {
      throw SqsErrors.missing("QueueName");
    }
    String owner = JsonInput.string(input, "QueueOwnerAWSAccountId");
    Queue queue = owner == null || owner.equals(queues.accountId()) ? queues.get(name) : null;
    if (queue == null) {
      throw SqsErrors.noQueue();
    }
    return url(queue);
  }

  /** Sorted by name; pages of MaxResults (1 to 1000) when asked for, else the first 1000. */
  ObjectNode list(ApiCall call, JsonNode input) {
    String prefix = JsonInput.string(input, "QueueNamePrefix");
    Integer max = JsonInput.integer(input, "MaxResults");
    if (max != null && (max < 1 || max > 1000)) {
      throw SqsErrors.invalidParameter("Value for parameter MaxResults is invalid.");
    }
    String after = decodeToken(JsonInput.string(input, "NextToken"));
    List<Queue> matching = new ArrayList<>();
    for (Queue queue : queues.all()) {
      if ((prefix == null || queue.name.startsWith(prefix))
          && (after == null || queue.name.compareTo(after) > 0)) {
        matching.add(queue);
      }
    }
    int limit = max == null ? 1000 : max;
    ObjectNode out = Json.object();
    if (!matching.isEmpty()) {
      var urls = out.putArray("QueueUrls");
      matching.stream().limit(limit).forEach(q -> urls.add(queues.url(q)));
    }
    if (max != null && matching.size() > limit) {
      String last = matching.get(limit - 1).name;
      out.put(
          "NextToken", Base64.getEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  ObjectNode delete(ApiCall call, JsonNode input) {
    queues.remove(queues.byUrl(input));
    return Json.object();
  }

  ObjectNode getAttributes(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    List<String> names = strings(input, "AttributeNames");
    Map<String, String> attributes = QueueAttributes.read(queue, names, clock.instant());
    ObjectNode out = Json.object();
    if (!attributes.isEmpty()) {
      ObjectNode map = out.putObject("Attributes");
      attributes.forEach(map::put);
    }
    return out;
  }

  ObjectNode setAttributes(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    Map<String, String> attributes = stringMap(input, "Attributes");
    if (attributes.isEmpty()) {
      throw SqsErrors.missing("Attributes");
    }
    QueueAttributes.check(attributes);
    queue.setAttributes(attributes, clock.instant());
    return Json.object();
  }

  ObjectNode purge(ApiCall call, JsonNode input) {
    queues.byUrl(input).purge(clock.instant());
    return Json.object();
  }

  ObjectNode tag(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    Map<String, String> tags = stringMap(input, "Tags");
    if (tags.isEmpty()) {
      throw SqsErrors.missing("Tags");
    }
    queue.tag(tags);
    return Json.object();
  }

  ObjectNode untag(ApiCall call, JsonNode input) {
    Queue queue = queues.byUrl(input);
    queue.untag(strings(input, "TagKeys"));
    return Json.object();
  }

  ObjectNode listTags(ApiCall call, JsonNode input) {
    Map<String, String> tags = queues.byUrl(input).tags();
    ObjectNode out = Json.object();
    if (!tags.isEmpty()) {
      ObjectNode map = out.putObject("Tags");
      tags.forEach(map::put);
    }
    return out;
  }

  private ObjectNode url(Queue queue) {
    ObjectNode out = Json.object();
    out.put("QueueUrl", queues.url(queue));
    return out;
  }

  private static String decodeToken(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw SqsErrors.invalidParameter("Invalid NextToken value.");
    }
  }

  /** A map of strings, empty when absent. */
  static Map<String, String> stringMap(JsonNode input, String member) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode node = input.get(member);
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw JsonInput.serialization("Member " + member + " must be a map.");
    }
    node.properties()
        .forEach(
            e -> {
              if (!e.getValue().isString()) {
                throw JsonInput.serialization("Values of " + member + " must be strings.");
              }
              out.put(e.getKey(), e.getValue().asString());
            });
    return out;
  }

  /** A list of strings, empty when absent. */
  static List<String> strings(JsonNode input, String member) {
    JsonNode node = JsonInput.array(input, member);
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(value -> out.add(value.asString()));
    }
    return out;
  }
}
