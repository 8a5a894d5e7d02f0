package io.firedrill.injector.cleanup;

import java.util.List;

/**
 * What cleanup undid, and what it could not undo and why; both are journaled and reported.
 *
 * @param undone one line per change undone (or found already gone)
 * @param failed one line per change left in place, with AWS's reason
 */
public record CleanupReport(List<String> undone, List<String> failed) {

  public CleanupReport {
    undone = List.copyOf(undone);
    failed = List.copyOf(failed);
  }

  public boolean complete() {
    return failed.isEmpty();
  }
}
