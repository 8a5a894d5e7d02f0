package io.firedrill.reports;

/**
 * Told how far writing a report has come, for a progress bar: the PDF takes seconds, the rest
 * moments. The percentages come from what each part usually takes, not from a clock.
 */
@FunctionalInterface
public interface RenderProgress {

  /** Tells nobody. */
  RenderProgress NONE = (step, percent) -> {};

  /**
   * @param step what is being written now: "scoring", "HTML", "Markdown", "PDF", "JSON", "JUnit",
   *     "manifest", or "done" at 100
   * @param percent from 0 to 100, never less than the call before
   */
  void reached(String step, int percent);
}
