package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code expect:} map of a scenario: expectations grouped by response phase. */
final class ExpectationsReader {

  private static final List<String> KEYS =
      List.of("id", "event", "source", "finding", "rule", "by", "within");

  private ExpectationsReader() {}

  static List<Expectation> read(YamlValue expect, Map<String, Actor> actors) {
    List<Expectation> result = new ArrayList<>();
    if (expect == null) {
      return result;
    }
    Set<String> phases = new LinkedHashSet<>();
    Arrays.stream(Phase.values()).forEach(p -> phases.add(p.key()));
    Set<String> ids = new LinkedHashSet<>();
    expect
        .entries("a map of response phases (" + String.join(", ", phases) + ")", phases)
        .forEach(
            (phaseKey, list) -> {
              Phase phase = Phase.valueOf(phaseKey.toUpperCase(java.util.Locale.ROOT));
              for (YamlValue item : list.items("a list of expectations for " + phaseKey)) {
                Expectation expectation = one(phase, item, actors);
                if (expectation != null && !ids.add(expectation.id())) {
                  item.problem("duplicate expectation id '" + expectation.id() + "'");
                } else if (expectation != null) {
                  result.add(expectation);
                }
              }
            });
    return result;
  }

  private static Expectation one(Phase phase, YamlValue item, Map<String, Actor> actors) {
    Map<String, YamlValue> fields =
        item.entries("an expectation with id, event (or finding, or rule), by and within", KEYS);
    String id = ScenarioLoader.required(item, fields, "id", "a short name for the expectation");
    String finding = ScenarioLoader.optional(fields, "finding").orElse(null);
    String rule = ScenarioLoader.optional(fields, "rule").orElse(null);
    // A rule may name the attack it should catch (the event), but need not.
    boolean needsEvent = finding == null && rule == null;
    String event =
        needsEvent || fields.containsKey("event")
            ? ScenarioLoader.required(
                item,
                fields,
                "event",
                "a CloudTrail eventName such as StopLogging, a 'finding' or a 'rule'")
            : null;
    if (finding != null && (event != null || rule != null)) {
      fields
          .get("finding")
          .problem(
              "an expectation names an 'event' or a 'finding', not both (a 'rule' goes with an event)");
      return null;
    }
    String source = ScenarioLoader.optional(fields, "source").orElse(null);
    // A finding's or a rule's party is optional: by default, any actor's call counts.
    String by =
        !needsEvent && !fields.containsKey("by")
            ? null
            : ScenarioLoader.required(item, fields, "by", "'blue' or the name of an actor");
    if (rule != null && Expectation.BLUE.equals(by)) {
      fields.get("by").problem("a rule catches an actor's calls; expected the name of an actor");
    } else if (by != null
        && !Expectation.BLUE.equals(by)
        && !actors.containsKey(by)
        && !actors.isEmpty()) {
      fields
          .get("by")
          .problem(
              "unknown party '"
                  + by
                  + "'; expected 'blue' or one of: "
                  + String.join(", ", actors.keySet()));
    }
    Duration within = null;
    if (fields.containsKey("within")) {
      within = ScenarioLoader.duration(fields.get("within"), "the target time").orElse(null);
    } else {
      item.problem("missing 'within': expected the target time, such as 5m");
    }
    if (id == null || (needsEvent && (event == null || by == null)) || within == null) {
      return null;
    }
    return new Expectation(phase, id, event, source, finding, rule, by, within, item.location());
  }
}
