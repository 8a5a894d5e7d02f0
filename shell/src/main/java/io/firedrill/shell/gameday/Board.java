package io.firedrill.shell.gameday;

import io.firedrill.shell.exercise.ExerciseStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Where an exercise stands, as text: two lines for the status bar, a page for the status. */
final class Board {

  private Board() {}

  static List<String> bar(ExerciseStatus s) {
    return List.of(
        String.format(
            " %s  %s of %s%s  next: %s",
            s.scenarioId(), at(s.elapsed()), at(s.end()), s.paused() ? "  PAUSED" : "", next(s)),
        String.format(
            " injects %d  detections %d  blue actions %d  expectations %d/%d met"
                + "   ('gameday status' for more)",
            s.injects().size(),
            s.detections().size(),
            s.blueActions().size(),
            s.met(),
            s.expectations().size()));
  }

  static List<String> page(ExerciseStatus s) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "exercise "
            + s.exerciseId()
            + (s.running() ? (s.paused() ? " (paused)" : " (playing)") : " (over)"));
    lines.add("scenario time: " + at(s.elapsed()) + " of " + at(s.end()));
    lines.add("next:          " + next(s));
    section(lines, "injects fired", s.injects());
    section(lines, "detections seen", s.detections());
    section(lines, "blue actions seen", s.blueActions());
    lines.add("expectations (" + s.met() + " of " + s.expectations().size() + " met):");
    s.expectations().forEach(e -> lines.add("  " + e));
    return lines;
  }

  private static void section(List<String> lines, String title, List<String> items) {
    lines.add(title + " (" + items.size() + "):");
    if (items.isEmpty()) {
      lines.add("  none yet");
    }
    items.forEach(i -> lines.add("  " + i));
  }

  private static String next(ExerciseStatus s) {
    return s.next().map(u -> u.what() + " at " + at(u.at())).orElse("nothing more is scheduled");
  }

  static String at(Duration d) {
    long seconds = Math.max(0, d.toSeconds());
    return String.format("T+%dm%02ds", seconds / 60, seconds % 60);
  }
}
