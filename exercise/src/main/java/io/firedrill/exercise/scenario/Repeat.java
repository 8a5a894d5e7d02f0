package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a step fires: {@code times} times, {@code every} apart, as in {@code every: 2s, times:
 * 10}. A step without a repeat fires once.
 */
public record Repeat(Duration every, int times) {

  public static final Repeat ONCE = new Repeat(Duration.ZERO, 1);

  public Repeat {
    Objects.requireNonNull(every, "every");
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    if (every.isNegative()) {
      throw new IllegalArgumentException("every must not be negative, got " + every);
    }
  }

  /** From the first firing to the last. */
  public Duration span() {
    return every.multipliedBy(times - 1L);
  }

  /** The offset of the {@code n}th firing (0-based) from the first. */
  public Duration offsetOf(int n) {
    return every.multipliedBy(n);
  }
}
