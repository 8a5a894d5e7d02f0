package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code timeline:} list of a scenario: steps, and the game master's notices. */
final class TimelineReader {

  private static final List<String> STEP_KEYS =
      List.of("id", "at", "after", "actor", "technique", "with", "every", "times");
  private static final List<String> NOTICE_KEYS = List.of("at", "notice");
  private static final List<String> NOTICE_FIELDS = List.of("from", "subject", "text");

  /** What the timeline holds. */
  record Read(List<Step> steps, List<Notice> notices) {}

  private TimelineReader() {}

  static Read read(YamlValue scenario, YamlValue timeline, Map<String, Actor> actors) {
    List<Step> steps = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    if (timeline == null) {
      scenario.problem(
          "missing 'timeline': expected a list of steps, each with at, actor and technique");
      return new Read(steps, notices);
    }
    List<YamlValue> items = timeline.items("a list of steps");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      YamlValue item = items.get(i);
      Map<String, YamlValue> probe = item.peekEntries();
      if (probe.containsKey("notice")) {
        notice(i + 1, item).ifPresent(notices::add);
      } else {
        step(i + 1, item, actors, ids).ifPresent(steps::add);
      }
    }
    if (items.isEmpty() && !timeline.location().equals(scenario.location())) {
      timeline.problem("expected at least one step");
    } else if (steps.isEmpty() && !items.isEmpty() && notices.size() == items.size()) {
      timeline.problem("expected at least one step with a technique, not only notices");
    }
    return new Read(steps, notices);
  }

  private static Optional<Step> step(
      int index, YamlValue item, Map<String, Actor> actors, Set<String> earlierIds) {
    Map<String, YamlValue> fields = item.entries("a step with at, actor and technique", STEP_KEYS);
    String id = ScenarioLoader.optional(fields, "id").orElse(null);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
      fields.get("id").problem("expected a step id of lower-case letters, digits and dashes");
    } else if (id != null && !earlierIds.add(id)) {
      fields.get("id").problem("duplicate step id '" + id + "'");
    }
    String after = ScenarioLoader.optional(fields, "after").orElse(null);
    if (after != null && !earlierIds.contains(after)) {
      fields
          .get("after")
          .problem(
              "no earlier step has the id '"
                  + after
                  + "'; a step can wait only for one above it"
                  + (earlierIds.isEmpty()
                      ? ""
                      : "; expected one of: " + String.join(", ", earlierIds)));
    }
    Duration at = offset(item, fields, after != null);
    Repeat repeat = repeat(item, fields);
    String actor = ScenarioLoader.required(item, fields, "actor", "the name of an actor");
    if (actor != null && !actors.containsKey(actor) && !actors.isEmpty()) {
      fields
          .get("actor")
          .problem(
              "unknown actor '"
                  + actor
                  + "'; expected one of: "
                  + String.join(", ", actors.keySet()));
    }
    String technique =
        ScenarioLoader.required(
            item,
            fields,
            "technique",
            "a technique id such as aws.defense-evasion.cloudtrail-stop");
    Map<String, String> with =
        fields.containsKey("with")
            ? ScenarioLoader.scalars(fields.get("with"), "the technique's parameters as a map")
            : Map.of();
    if (at == null || repeat == null || actor == null || technique == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Step(index, id, at, after, repeat, actor, technique, with, item.location()));
  }

  /** The step's offset; with {@code after}, the wait after that step, 0s when not written. */
  private static Duration offset(YamlValue item, Map<String, YamlValue> fields, boolean waits) {
    if (fields.containsKey("at")) {
      String what = waits ? "the wait after the step it follows" : "the step's offset";
      return ScenarioLoader.duration(fields.get("at"), what).orElse(null);
    }
    if (waits) {
      return Duration.ZERO;
    }
    item.problem(
        "missing 'at': expected the step's offset in scenario time, such as 30s, or 'after'"
            + " with the id of an earlier step");
    return null;
  }

  private static Repeat repeat(YamlValue item, Map<String, YamlValue> fields) {
    YamlValue every = fields.get("every");
    YamlValue times = fields.get("times");
    if (every == null && times == null) {
      return Repeat.ONCE;
    }
    if (every == null || times == null) {
      item.problem("a repeated step needs both 'every' and 'times', e.g. every: 2s, times: 10");
      return null;
    }
    Optional<Duration> interval = ScenarioLoader.duration(every, "the time between repeats");
    Optional<String> count = times.text("how many times the step fires, such as 10");
    Integer n = null;
    if (count.isPresent()) {
      if (count.get().matches("[0-9]{1,5}") && Integer.parseInt(count.get()) >= 1) {
        n = Integer.parseInt(count.get());
      } else {
        times.problem(
            "expected how many times the step fires, a whole number from 1 to 99999; found '"
                + count.get()
                + "'");
      }
    }
    if (interval.isPresent() && interval.get().isZero()) {
      every.problem("expected a time between repeats greater than 0s");
      return null;
    }
    return interval.isPresent() && n != null ? new Repeat(interval.get(), n) : null;
  }

  private static Optional<Notice> notice(int index, YamlValue item) {
    Map<String, YamlValue> fields = item.entries("a notice with at and notice", NOTICE_KEYS);
    Duration at = null;
    if (fields.containsKey("at")) {
      at = ScenarioLoader.duration(fields.get("at"), "the notice's offset").orElse(null);
    } else {
      item.problem("missing 'at': expected when the notice reaches the players, such as 0s");
    }
    YamlValue body = fields.get("notice");
    String from = "Game master";
    String subject = null;
    String text = "";
    if (body.isScalar()) {
      subject = body.text("the notice's text").orElse(null);
    } else {
      Map<String, YamlValue> parts =
          body.entries("a notice: text, or a map of from, subject and text", NOTICE_FIELDS);
      from = ScenarioLoader.optional(parts, "from").orElse(from);
      subject = ScenarioLoader.required(body, parts, "subject", "the notice's subject, one line");
      text = ScenarioLoader.optional(parts, "text").orElse("");
    }
    if (at == null || subject == null) {
      return Optional.empty();
    }
    return Optional.of(new Notice(index, at, from, subject, text.strip(), item.location()));
  }
}
