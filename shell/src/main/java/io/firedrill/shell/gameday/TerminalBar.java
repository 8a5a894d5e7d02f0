package io.firedrill.shell.gameday;

import java.io.PrintWriter;
import java.util.List;

/**
 * A bar of a few lines at the bottom of a terminal, drawn with plain ANSI sequences, synchronously
 * on the caller's thread. The rows above are made a scroll region, so lines printed while the bar
 * shows scroll above it; the bar itself is drawn between a cursor save and restore. JLine's own
 * {@code Status} redraws on a thread of its own, where a line printed at the same moment could land
 * inside the bar; here the live view's lock covers both.
 */
final class TerminalBar {

  private static final String ESC = "\033[";
  private static final String SAVE = "\0337";
  private static final String RESTORE = "\0338";

  private final PrintWriter out;
  private final int rows;
  private final int columns;
  private int shown;

  TerminalBar(PrintWriter out, int rows, int columns) {
    this.out = out;
    this.rows = rows;
    this.columns = Math.max(columns, 10);
  }

  /** Draws these lines as the bar, making room for it first if it grew. */
  void show(List<String> lines) {
    if (lines.isEmpty()) {
      hide();
      return;
    }
    if (lines.size() != shown) {
      hide();
      // Scroll the screen up to make room, then keep the bar's rows out of the scroll region.
      out.print(SAVE + ESC + rows + ";1H" + "\n".repeat(lines.size()));
      out.print(ESC + "1;" + (rows - lines.size()) + "r" + RESTORE);
      out.print(ESC + lines.size() + "A");
      shown = lines.size();
    }
    StringBuilder draw = new StringBuilder(SAVE);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      text = text.length() > columns ? text.substring(0, columns) : text;
      draw.append(ESC).append(rows - shown + 1 + i).append(";1H").append(ESC).append("2K");
      draw.append(ESC).append("7m").append(text).append(ESC).append("0m");
    }
    out.print(draw.append(RESTORE));
    out.flush();
  }

  /** Takes the bar down and gives its rows back to the scroll region. */
  void hide() {
    if (shown == 0) {
      return;
    }
    StringBuilder clear = new StringBuilder(SAVE);
    for (int i = 0; i < shown; i++) {
      clear.append(ESC).append(rows - shown + 1 + i).append(";1H").append(ESC).append("2K");
    }
    clear.append(ESC).append("r").append(RESTORE);
    out.print(clear);
    out.flush();
    shown = 0;
  }
}
