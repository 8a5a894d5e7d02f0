package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.StopAlarm;
import io.firedrill.reports.ReportFiles;
import io.firedrill.scoring.score.Scorecard;
import java.nio.file.Path;

/** What an exercise produced: its scorecard, its journal and its report. */
public record RunResult(Scorecard scorecard, Path journal, ReportFiles report) {

  /**
   * 4 when the exercise was stopped before its end (Ctrl-C, or aborted by the game master), 3 when
   * its stop condition stopped it (a guardrail, as a refused target is), else 0 when every
   * expectation was met, 1 not.
   */
  public int exitCode() {
    String reason = scorecard.endReason();
    if (reason != null && reason.startsWith(StopAlarm.REASON_PREFIX)) {
      return ExitCodes.TARGET_REFUSED;
    }
    if (Play.INTERRUPTED.equals(scorecard.endReason())
        || ExerciseHandle.ABORTED.equals(scorecard.endReason())) {
      return ExitCodes.INTERRUPTED;
    }
    return scorecard.allMet() ? ExitCodes.OK : ExitCodes.EXPECTATION_MISSED;
  }
}
