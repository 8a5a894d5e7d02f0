package io.firedrill.exercise.clock;

/**
 * How many times faster than the wall clock scenario time runs.
 *
 * <p>{@code max} is 100x: at that speed the scheduler's few milliseconds of jitter and the scorer's
 * polling stay under a second of scenario time, so the times in the report still mean something.
 * Faster runs would only blur them.
 */
public record Speed(double factor, String label) {

  public static final Speed REAL_TIME = new Speed(1, "1");
  public static final Speed MAX = new Speed(100, "max");

  public Speed {
    if (!(factor > 0) || factor > MAX_FACTOR) {
      throw new IllegalArgumentException(
          "speed must be above 0 and at most " + (int) MAX_FACTOR + ", or 'max'; got " + factor);
    }
  }

  private static final double MAX_FACTOR = 100;

  /** Reads {@code max} or a factor such as {@code 10} or {@code 2.5}. */
  public static Speed parse(String text) {
    if ("max".equalsIgnoreCase(text.trim())) {
      return MAX;
    }
    try {
      return new Speed(Double.parseDouble(text.trim()), text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "speed must be a number such as 1, 10 or 60, or 'max'; got '" + text + "'");
    }
  }
}
