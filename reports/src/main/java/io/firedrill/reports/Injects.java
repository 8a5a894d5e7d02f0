package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The injects as they were played, and where the exercise deviated from its plan. */
final class Injects {

  /** An inject this much after its time is a deviation worth telling the reader about. */
  static final Duration LATE = Duration.ofSeconds(1);

  private Injects() {}

  static List<Map<String, Object>> played(Inputs in) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<JournalEntry> fired = new ArrayList<>(in.injects());
    fired.sort(Comparator.comparingInt(e -> e.data().path("step").asInt()));
    for (JournalEntry e : fired) {
      Map<String, Object> row = new LinkedHashMap<>();
      String technique = e.text("technique");
      row.put("step", e.data().path("step").asInt());
      long scheduled = e.data().path("scheduledAt").asLong();
      row.put("scheduledMillis", scheduled);
      row.put("scheduled", Format.clock(Duration.ofMillis(scheduled)));
      row.put("firedMillis", e.at().toMillis());
      row.put("fired", Format.clock(e.at()));
      row.put("latenessMillis", e.data().path("latenessMillis").asLong());
      row.put("technique", technique);
      row.put("attackIds", in.attackIds(technique));
      row.put("actor", e.text("actor"));
      List<Map<String, Object>> calls = new ArrayList<>();
      for (JsonNode call : e.data().path("calls")) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("call", call.path("service").asString() + ":" + call.path("operation").asString());
        c.put("outcome", call.path("outcome").asString());
        c.put("errorCode", call.path("errorCode").asString(null));
        c.put("requestId", call.path("requestId").asString(null));
        calls.add(c);
      }
      row.put("calls", calls);
      out.add(row);
    }
    return out;
  }

  /** The scenario's steps that never fired: the exercise ended first, or they failed to start. */
  static List<Map<String, Object>> notFired(Inputs in) {
    if (in.scenario() == null) {
      return List.of();
    }
    Set<Integer> fired =
        in.injects().stream().map(e -> e.data().path("step").asInt()).collect(Collectors.toSet());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Step step : in.scenario().timeline()) {
      if (!fired.contains(step.index())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("step", step.index());
        row.put("scheduled", Format.clock(step.at()));
        row.put("technique", step.technique());
        row.put("attackIds", in.attackIds(step.technique()));
        row.put("actor", step.actor());
        out.add(row);
      }
    }
    return out;
  }

  static List<Map<String, Object>> deviations(Inputs in) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JournalEntry e : in.injects()) {
      long late = e.data().path("latenessMillis").asLong();
      String inject = "inject " + e.data().path("step").asInt() + " (" + e.text("technique") + ")";
      if (late > LATE.toMillis()) {
        out.add(deviation("late inject", e.at(), inject + " fired " + late + " ms late"));
      }
      for (JsonNode call : e.data().path("calls")) {
        String outcome = call.path("outcome").asString();
        if (!"allowed".equals(outcome)) {
          out.add(
              deviation(
                  outcome + " call",
                  e.at(),
                  inject
                      + ": "
                      + call.path("service").asString()
                      + ":"
                      + call.path("operation").asString()
                      + " was "
                      + outcome
                      + (call.hasNonNull("errorCode")
                          ? " (" + call.path("errorCode").asString() + ")"
                          : "")
                      + ", request "
                      + call.path("requestId").asString("-")));
        }
      }
    }
    for (Map<String, Object> step : notFired(in)) {
      out.add(
          deviation(
              "inject not fired",
              null,
              "inject " + step.get("step") + " (" + step.get("technique") + ") never fired"));
    }
    // Chaos faults are planned, but they are the conditions the defenders worked under.
    for (String type :
        List.of(EntryTypes.FAULT_APPLIED, EntryTypes.FAULT_LIFTED, EntryTypes.FAULT_FAILED)) {
      for (JournalEntry e : in.ofType(type)) {
        String what = e.text("summary");
        out.add(
            switch (type) {
              case EntryTypes.FAULT_APPLIED -> deviation("chaos fault set", e.at(), what);
              case EntryTypes.FAULT_LIFTED ->
                  deviation("chaos fault lifted", e.at(), what + " (" + e.text("reason") + ")");
              default -> deviation("chaos fault not set", e.at(), what + ": " + e.text("error"));
            });
      }
    }
    for (JournalEntry e : in.ofType(EntryTypes.CLEANUP_DONE)) {
      for (JsonNode left : e.data().path("failed")) {
        out.add(deviation("cleanup incomplete", e.at(), "not undone: " + left.asString()));
      }
    }
    out.sort(
        Comparator.comparing(
            d -> (Long) d.get("atMillis"), Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  private static Map<String, Object> deviation(String kind, Duration at, String what) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("kind", kind);
    d.put("atMillis", Format.millis(at));
    d.put("at", Format.clock(at));
    d.put("what", what);
    return d;
  }
}
