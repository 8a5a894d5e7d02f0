package io.firedrill.shell.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of long work (reading a large trail, writing the report) on stderr, away from the
 * results on stdout: a bar redrawn in place on a terminal, plain lines at every tenth otherwise (a
 * CI log keeps eleven lines, not thousands of redraws).
 */
public final class ProgressBar {

  private static final int WIDTH = 24;

  private final PrintStream out;
  private final boolean terminal;
  private int shownPercent = -1;
  private int shownFiles = -1;
  private boolean lineOpen;

  public ProgressBar(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** On stderr, as a bar when firedrill runs on a terminal. */
  public static ProgressBar onStderr() {
    return new ProgressBar(System.err, System.console() != null);
  }

  /** How far reading files has come; bytes are what decides the percentage. */
  public synchronized void files(
      String what, int filesDone, int files, long bytesDone, long bytes) {
    int percent =
        bytes > 0 ? (int) (bytesDone * 100 / bytes) : files > 0 ? filesDone * 100 / files : 100;
    String counts =
        String.format(
            Locale.ROOT, "%d/%d files, %s of %s", filesDone, files, size(bytesDone), size(bytes));
    if (terminal) {
      // Redrawn when the figure shown changes, not once per small file.
      if (percent == shownPercent && (filesDone != files || filesDone == shownFiles)) {
        return;
      }
      draw(what, percent, counts);
      if (filesDone == files) {
        endLine();
      }
    } else if (shownPercent < 0
        || percent / 10 != shownPercent / 10
        || (filesDone == files && shownFiles != files)) {
      out.println(what + ": " + counts + " (" + percent + "%)");
    }
    out.flush();
    shownPercent = percent;
    shownFiles = filesDone;
  }

  /** Redraws the terminal's line in place: what, the bar, the percentage and the detail. */
  private void draw(String what, int percent, String detail) {
    int filled = percent * WIDTH / 100;
    out.print(
        "\r\033[2K"
            + what
            + " ["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + percent
            + "%  "
            + detail);
    lineOpen = true;
  }

  /**
   * How far work told in percentages has come, such as writing the report; {@code step} names the
   * part under way.
   */
  public synchronized void percent(String what, int percent, String step) {
    if (terminal) {
      if (percent == shownPercent) {
        return;
      }
      draw(what, percent, step);
      if (percent >= 100) {
        endLine();
      }
    } else if (shownPercent < 0 || percent / 10 != shownPercent / 10) {
      out.println(what + ": " + percent + "% (" + step + ")");
    }
    out.flush();
    shownPercent = percent;
  }

  /** A step whose own progress cannot be told. */
  public synchronized void stage(String what) {
    endLine();
    out.println(what + "...");
    out.flush();
    shownPercent = -1;
    shownFiles = -1;
  }

  private void endLine() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
