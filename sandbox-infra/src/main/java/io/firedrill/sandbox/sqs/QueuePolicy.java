package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Whether a queue's policy lets an AWS service (EventBridge) send to it. On AWS a rule's SQS target
 * receives nothing until the queue's policy allows {@code events.amazonaws.com} to call {@code
 * sqs:SendMessage}, usually only for that rule's ARN ({@code aws:SourceArn}); so here too, so that
 * a setup that works against the sandbox works against an account.
 */
final class QueuePolicy {

  private QueuePolicy() {}

  static boolean allowsService(String policy, String service, String queueArn, String sourceArn) {
    if (policy == null) {
      return false;
    }
    JsonNode document;
    try {
      document = Json.MAPPER.readTree(policy);
    } catch (JacksonException e) {
      return false;
    }
    boolean allowed = false;
    for (JsonNode statement : each(document.path("Statement"))) {
      boolean applies =
          principal(statement.path("Principal"), service)
              && any(each(statement.path("Action")), "sqs:SendMessage")
              && (statement.path("Resource").isMissingNode()
                  || any(each(statement.path("Resource")), queueArn))
              && conditions(statement.path("Condition"), sourceArn);
      if (applies && statement.path("Effect").asString("").equals("Deny")) {
        return false;
      }
      allowed |= applies && statement.path("Effect").asString("").equals("Allow");
    }
    return allowed;
  }

  private static boolean principal(JsonNode principal, String service) {
    if (principal.isString()) {
      return principal.asString().equals("*");
    }
    return any(each(principal.path("Service")), service)
        || each(principal.path("AWS")).stream().anyMatch(p -> p.asString("").equals("*"));
  }

  // Only the source ARN is known about a service's delivery; a condition on anything else fails.
  private static boolean conditions(JsonNode conditions, String sourceArn) {
    if (conditions.isMissingNode() || conditions.isEmpty()) {
      return true;
    }
    for (var operator : conditions.properties()) {
      for (var key : operator.getValue().properties()) {
        if (!key.getKey().equalsIgnoreCase("aws:SourceArn")
            || !any(each(key.getValue()), sourceArn)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean any(List<JsonNode> patterns, String value) {
    return patterns.stream().anyMatch(p -> glob(p.asString("")).matcher(value).matches());
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(
          switch (c) {
            case '*' -> ".*";
            case '?' -> ".";
            default -> Pattern.quote(String.valueOf(c));
          });
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private static List<JsonNode> each(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(out::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      out.add(node);
    }
    return out;
  }
}
