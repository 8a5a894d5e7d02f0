package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One inject on the timeline: an actor plays a technique, at a scenario-time offset or a wait after
 * an earlier step, once or repeatedly.
 *
 * @param index 1-based position in the timeline, as users count steps
 * @param id the name other steps wait for, or null when none does
 * @param at the offset from scenario zero or, with {@code after}, the wait after that step's last
 *     firing
 * @param after the id of an earlier step this one waits for, or null
 * @param with the technique's parameters as written; the technique turns them into its own typed
 *     record and reports what it cannot use
 */
public record Step(
    int index,
    String id,
    Duration at,
    String after,
    Repeat repeat,
    String actor,
    String technique,
    Map<String, String> with,
    SourceLocation location) {

  public Step {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(repeat, "repeat");
    with = Map.copyOf(with);
  }

  /** A step that fires once at {@code at}. */
  public static Step at(
      int index,
      Duration at,
      String actor,
      String technique,
      Map<String, String> with,
      SourceLocation location) {
    return new Step(index, null, at, null, Repeat.ONCE, actor, technique, with, location);
  }

  public Optional<String> waitsFor() {
    return Optional.ofNullable(after);
  }

  /** How the step is named in messages and reports: its id, or its position. */
  public String label() {
    return id != null ? id : "step " + index;
  }
}
