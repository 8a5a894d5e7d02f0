package io.firedrill.exercise.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one file, so the user sees them all at once rather than one a run. */
final class Problems {

  private final List<String> lines = new ArrayList<>();

  void add(SourceLocation where, String message) {
    lines.add(where.describe(message));
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  int size() {
    return lines.size();
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  void throwIfAny() {
    if (!lines.isEmpty()) {
      throw new ScenarioException(lines);
    }
  }
}
