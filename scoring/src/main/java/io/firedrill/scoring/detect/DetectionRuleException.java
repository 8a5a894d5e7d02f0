package io.firedrill.scoring.detect;

import java.util.List;

/** Rule files that cannot be used, with every problem, one per line. */
public final class DetectionRuleException extends RuntimeException {

  private final List<String> problems;

  public DetectionRuleException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
