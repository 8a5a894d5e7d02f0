package io.firedrill.exercise.scenario;

import java.util.List;

/**
 * What a step's technique makes of it, asked while the file is read so that a file's format
 * problems and its steps' technique problems reach the user together.
 */
@FunctionalInterface
public interface StepCheck {

  StepCheck NONE = step -> List.of();

  /** The step's problems, each a message without its location; empty when it can be played. */
  List<String> problems(Step step);
}
