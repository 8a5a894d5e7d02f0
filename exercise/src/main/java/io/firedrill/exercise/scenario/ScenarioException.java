package io.firedrill.exercise.scenario;

import java.util.List;

/** A scenario that cannot be used, with every problem found in it, one per line. */
public final class ScenarioException extends RuntimeException {

  private final List<String> problems;

  public ScenarioException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code path:line:column: message}. */
  public List<String> problems() {
    return problems;
  }
}
