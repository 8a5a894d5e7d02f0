package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.wire.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Faults as the control API reads and writes them. A fault is an object with {@code kind} and the
 * members its kind takes; durations are either ISO-8601 ({@code PT5M}) or a number with a unit
 * ({@code 300ms}, {@code 10s}, {@code 5m}, {@code 1h}), as a scenario author would write them.
 */
final class FaultJson {

  private static final Set<String> MEMBERS =
      Set.of("kind", "service", "operation", "rate", "perSecond", "seed", "delay", "status", "for");
  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private FaultJson() {}

  /** The fault {@code node} describes; an IllegalArgumentException says what is wrong. */
  static FaultSpec read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("a fault is a JSON object");
    }
    for (String name : node.propertyNames()) {
      if (!MEMBERS.contains(name)) {
        throw new IllegalArgumentException("unknown member '" + name + "'; known: " + MEMBERS);
      }
    }
    String kind = string(node, "kind");
    if (kind == null) {
      throw new IllegalArgumentException("a fault needs a kind");
    }
    JsonNode seed = node.get("seed");
    JsonNode status = node.get("status");
    return new FaultSpec(
        FaultSpec.Kind.ofWireName(kind),
        string(node, "service"),
        string(node, "operation"),
        number(node, "rate"),
        number(node, "perSecond"),
        seed == null ? 0 : seed.asLong(),
        duration(string(node, "delay")),
        status == null ? 0 : status.asInt(),
        duration(string(node, "for")));
  }

  static ObjectNode write(FaultSpec spec) {
    ObjectNode out = Json.object();
    out.put("kind", spec.kind().wireName());
    if (spec.kind().perCall()) {
      out.put("service", spec.service());
      out.put("operation", spec.operation());
    }
    if (spec.rate() != null) {
      out.put("rate", spec.rate());
      out.put("seed", spec.seed());
    }
    if (spec.perSecond() != null) {
      out.put("perSecond", spec.perSecond());
    }
    if (spec.delay() != null) {
      out.put("delay", spec.delay().toString());
    }
    if (spec.status() != 0) {
      out.put("status", spec.status());
    }
    if (spec.lasting() != null) {
      out.put("for", spec.lasting().toString());
    }
    return out;
  }

  static ObjectNode write(ActiveFault fault) {
    ObjectNode out = Json.object();
    out.put("id", fault.id());
    out.set("fault", write(fault.spec()));
    out.put("setAt", fault.setAt().toString());
    putInstant(out, "until", fault.until());
    return out;
  }

  static ObjectNode write(FaultLogEntry entry) {
    ObjectNode out = Json.object();
    out.put("at", entry.at().toString());
    out.put("action", entry.action());
    out.put("id", entry.id());
    out.set("fault", write(entry.spec()));
    putInstant(out, "until", entry.until());
    out.put("by", entry.by());
    return out;
  }

  static Duration duration(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = SHORT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      double value = Double.parseDouble(m.group(1));
      long millisPer =
          switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m" -> 60_000;
            default -> 3_600_000;
          };
      return Duration.ofMillis(Math.round(value * millisPer));
    }
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not a duration: '" + text + "'; write PT5M, 300ms, 10s, 5m or 1h");
    }
  }

  private static void putInstant(ObjectNode out, String name, Instant at) {
    if (at == null) {
      out.putNull(name);
    } else {
      out.put(name, at.toString());
    }
  }

  private static String string(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      throw new IllegalArgumentException(member + " must be a string");
    }
    return value.asString();
  }

  private static Double number(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException(member + " must be a number");
    }
    return value.doubleValue();
  }
}
