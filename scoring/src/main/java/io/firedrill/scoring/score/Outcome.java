package io.firedrill.scoring.score;

/** How an expectation ended. */
public enum Outcome {
  /** Achieved within its target. */
  MET,
  /** Achieved, but after its target. */
  LATE,
  /** Not achieved before the exercise ended. */
  MISSED
}
