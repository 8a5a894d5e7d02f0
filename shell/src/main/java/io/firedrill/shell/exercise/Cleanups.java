package io.firedrill.shell.exercise;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Cleanup;
import io.firedrill.injector.cleanup.CleanupReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The end of an exercise: undo what the injects changed, with firedrill's own identity. */
final class Cleanups {

  private Cleanups() {}

  static CleanupReport undo(Journal journal, Cast cast, Duration at) {
    CleanupReport report;
    try (AwsSession control =
        new AwsSession(cast.target(), new ActorIdentity("control", cast.control(), null, null))) {
      report = Cleanup.undo(Cleanup.changes(journal.entries()), control);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("undone", report.undone());
    data.put("failed", report.failed());
    journal.append(EntryTypes.CLEANUP_DONE, at, data);
    return report;
  }
}
