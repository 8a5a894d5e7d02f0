package io.firedrill.shell.exercise;

import io.firedrill.reports.ReportFiles;
import io.firedrill.scoring.score.Scorecard;
import java.nio.file.Path;

/** What an exercise produced: its scorecard, its journal and its report. */
public record RunResult(Scorecard scorecard, Path journal, ReportFiles report) {

  /**
   * 4 when the exercise was stopped before its end (Ctrl-C, or aborted by the game master), else 0
   * when every expectation was met, 1 not.
   */
  public int exitCode() {
    if (Play.INTERRUPTED.equals(scorecard.endReason())
        || ExerciseHandle.ABORTED.equals(scorecard.endReason())) {
      return ExitCodes.INTERRUPTED;
    }
    return scorecard.allMet() ? ExitCodes.OK : ExitCodes.EXPECTATION_MISSED;
  }
}
