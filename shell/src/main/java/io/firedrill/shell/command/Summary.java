package io.firedrill.shell.command;

import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.shell.exercise.RunResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** One line per expectation, as the end of a run prints it. */
public final class Summary {

  private Summary() {}

  /** What the end of a run prints: the verdict, each expectation, each phase, where things are. */
  public static void print(PrintWriter out, RunResult result) {
    Scorecard card = result.scorecard();
    out.println(
        card.met()
            + " of "
            + card.expectations().size()
            + " expectations met, score "
            + card.score()
            + "/100");
    card.expectations().forEach(e -> out.println("  " + line(e)));
    out.println(
        "  ratings: "
            + String.join(
                ", ", card.phases().stream().map(p -> p.phase() + " " + p.rating()).toList()));
    out.println("journal: " + result.journal().toAbsolutePath());
    out.println("report:  " + result.report().html().toAbsolutePath());
    out.flush();
  }

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
