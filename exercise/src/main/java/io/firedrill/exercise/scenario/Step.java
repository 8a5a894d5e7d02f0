package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.Map;

/**
 * One inject on the timeline: at a scenario-time offset, an actor plays a technique.
 *
 * @param index 1-based position in the timeline, as users count steps
 * @param with the technique's parameters as written; the technique turns them into its own typed
 *     record and reports what it cannot use
 */
public record Step(
    int index,
    Duration at,
    String actor,
    String technique,
    Map<String, String> with,
    SourceLocation location) {

  public Step {
    with = Map.copyOf(with);
  }
}
