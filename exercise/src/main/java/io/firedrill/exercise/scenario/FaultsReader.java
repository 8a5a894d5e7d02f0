package io.firedrill.exercise.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code faults:} list: each item a fault of the sandbox's control API ({@code kind} and
 * the members its kind takes) with {@code at}, and {@code until} or {@code for}, in scenario time.
 * Checks here what the sandbox would refuse, so a scenario fails when it is loaded rather than
 * minutes into an exercise.
 */
final class FaultsReader {

  private static final List<String> KEYS =
      List.of(
          "at",
          "until",
          "for",
          "kind",
          "service",
          "operation",
          "rate",
          "perSecond",
          "seed",
          "delay",
          "status");

  private FaultsReader() {}

  static List<Fault> read(YamlValue faults) {
    List<Fault> out = new ArrayList<>();
    if (faults == null) {
      return out;
    }
    List<YamlValue> items = faults.items("a list of faults, each with kind and at");
    for (int i = 0; i < items.size(); i++) {
      fault(i + 1, items.get(i)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Fault> fault(int index, YamlValue item) {
    Map<String, YamlValue> fields = item.entries("a fault with kind and its members", KEYS);
    int before = item.problemCount();
    String kind = ScenarioLoader.required(item, fields, "kind", "a fault kind");
    if (kind != null && !Fault.KINDS.contains(kind)) {
      fields
          .get("kind")
          .problem(
              "unknown fault kind '"
                  + kind
                  + "'; expected one of: "
                  + String.join(", ", Fault.KINDS));
      kind = null;
    }
    Duration at =
        fields.containsKey("at")
            ? ScenarioLoader.duration(fields.get("at"), "when the fault is set").orElse(null)
            : Duration.ZERO;
    Duration until = end(item, fields, at);
    String service = ScenarioLoader.optional(fields, "service").orElse(null);
    String operation = ScenarioLoader.optional(fields, "operation").orElse(null);
    Double rate = number(fields.get("rate"), "the share of calls refused, such as 0.3");
    Double perSecond = number(fields.get("perSecond"), "the calls a second let through");
    Long seed = whole(fields.get("seed"), "a whole number that makes the throttle repeatable");
    Duration delay =
        fields.containsKey("delay")
            ? ScenarioLoader.duration(fields.get("delay"), "the delay").orElse(null)
            : null;
    Integer status = null;
    Long code = whole(fields.get("status"), "500 or 503");
    if (code != null) {
      status = code.intValue();
    }
    if (kind != null) {
      checkKind(item, fields, kind, rate, perSecond, status);
    }
    if (kind == null || at == null || item.problemCount() > before) {
      return Optional.empty();
    }
    if (kind.equals("unavailable") && status == null) {
      status = 503;
    }
    return Optional.of(
        new Fault(
            index,
            at,
            until,
            kind,
            service,
            operation,
            rate,
            perSecond,
            seed,
            delay,
            status,
            item.location()));
  }

  private static Duration end(YamlValue item, Map<String, YamlValue> fields, Duration at) {
    YamlValue until = fields.get("until");
    YamlValue lasting = fields.get("for");
    if (until != null && lasting != null) {
      lasting.problem("a fault has 'until' or 'for', not both");
      return null;
    }
    if (until != null) {
      Duration end = ScenarioLoader.duration(until, "when the fault is lifted").orElse(null);
      if (end != null && at != null && end.compareTo(at) <= 0) {
        until.problem(
            "expected 'until' after 'at' ("
                + Durations.format(at)
                + "); found "
                + Durations.format(end));
        return null;
      }
      return end;
    }
    if (lasting != null) {
      Duration span = ScenarioLoader.duration(lasting, "how long the fault holds").orElse(null);
      if (span != null && span.isZero()) {
        lasting.problem("expected 'for' to be longer than 0s");
        return null;
      }
      return span == null || at == null ? null : at.plus(span);
    }
    return null;
  }

  private static void checkKind(
      YamlValue item,
      Map<String, YamlValue> fields,
      String kind,
      Double rate,
      Double perSecond,
      Integer status) {
    boolean perCall =
        kind.equals("throttle") || kind.equals("latency") || kind.equals("unavailable");
    boolean delayed = !kind.equals("throttle") && !kind.equals("unavailable");
    for (String member : List.of("service", "operation")) {
      if (!perCall && fields.containsKey(member)) {
        fields.get(member).problem(kind + " holds for the whole account; it takes no " + member);
      }
    }
    if (kind.equals("throttle")) {
      if (fields.containsKey("rate") == fields.containsKey("perSecond")) {
        item.problem("a throttle needs either 'rate' (such as 0.3) or 'perSecond' (such as 2)");
      }
      if (rate != null && !(rate > 0 && rate <= 1)) {
        fields.get("rate").problem("expected a rate above 0 and at most 1; found " + rate);
      }
      if (perSecond != null && !(perSecond > 0)) {
        fields.get("perSecond").problem("expected perSecond above 0; found " + perSecond);
      }
    } else {
      for (String member : List.of("rate", "perSecond", "seed")) {
        if (fields.containsKey(member)) {
          fields.get(member).problem("only a throttle takes '" + member + "'");
        }
      }
    }
    if (delayed && !fields.containsKey("delay")) {
      item.problem("missing 'delay': " + kind + " needs one, such as 800ms or 5m");
    }
    if (!delayed && fields.containsKey("delay")) {
      fields.get("delay").problem(kind + " takes no 'delay'");
    }
    if (kind.equals("unavailable")) {
      if (status != null && status != 500 && status != 503) {
        fields.get("status").problem("expected status 500 or 503; found " + status);
      }
    } else if (fields.containsKey("status")) {
      fields.get("status").problem("only 'unavailable' takes a status");
    }
  }

  private static Double number(YamlValue value, String what) {
    if (value == null) {
      return null;
    }
    Optional<String> text = value.text(what);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text.get().trim()).doubleValue();
    } catch (NumberFormatException e) {
      value.problem("expected " + what + "; found '" + text.get() + "'");
      return null;
    }
  }

  private static Long whole(YamlValue value, String what) {
    if (value == null) {
      return null;
    }
    Optional<String> text = value.text(what);
    if (text.isEmpty()) {
      return null;
    }
    if (!text.get().trim().matches("-?[0-9]{1,18}")) {
      value.problem("expected " + what + "; found '" + text.get() + "'");
      return null;
    }
    return Long.parseLong(text.get().trim());
  }
}
