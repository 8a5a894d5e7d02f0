package io.firedrill.reports;

import java.nio.file.Path;

/** Where a report and its evidence bundle were written. */
public record ReportFiles(
    Path html, Path json, Path markdown, Path pdf, Path junit, Path report, Path manifest) {

  /** The bundle's folder. */
  public Path folder() {
    return manifest.getParent();
  }
}
