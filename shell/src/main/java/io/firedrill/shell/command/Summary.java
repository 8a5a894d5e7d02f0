package io.firedrill.shell.command;

import io.firedrill.scoring.score.ExpectationResult;
import java.time.Duration;
import java.util.Locale;

/** One line per expectation, as the end of a run prints it. */
final class Summary {

  private Summary() {}

  static String line(ExpectationResult e) {
    String outcome = e.outcome().name().toLowerCase(Locale.ROOT);
    String detail =
        e.latency() == null
            ? "not achieved (target " + seconds(e.target()) + ")"
            : e.metric() + " " + seconds(e.latency()) + " (target " + seconds(e.target()) + ")";
    return String.format("%-7s %-9s %-28s %s", outcome, e.phase(), e.id(), detail);
  }

  private static String seconds(Duration d) {
    return d.toSeconds() + "s";
  }
}
