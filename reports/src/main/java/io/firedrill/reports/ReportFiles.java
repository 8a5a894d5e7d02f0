package io.firedrill.reports;

import io.firedrill.scoring.score.Scorecard;
import java.nio.file.Path;

/**
 * Where a report and its evidence bundle were written, and the scorecard they were rendered from.
 */
public record ReportFiles(
    Path html,
    Path json,
    Path markdown,
    Path pdf,
    Path junit,
    Path report,
    Path manifest,
    Scorecard card) {

  /** The bundle's folder. */
  public Path folder() {
    return manifest.getParent();
  }
}
