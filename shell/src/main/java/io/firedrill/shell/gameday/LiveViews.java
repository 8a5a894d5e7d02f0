package io.firedrill.shell.gameday;

import java.io.PrintWriter;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Opens the live view that suits the output: on a terminal, lines printed above the prompt and a
 * status bar at the bottom that updates in place; otherwise (a CI log, a test) plain lines.
 */
@Component
class LiveViews {

  private final ObjectProvider<LineReader> lineReader;

  LiveViews(ObjectProvider<LineReader> lineReader) {
    this.lineReader = lineReader;
  }

  LiveView open(PrintWriter out) {
    LineReader reader = lineReader.getIfAvailable();
    if (reader != null && onATerminal(reader.getTerminal())) {
      Terminal terminal = reader.getTerminal();
      return new LiveView(
          reader::printAbove,
          new TerminalBar(terminal.writer(), terminal.getHeight(), terminal.getWidth()));
    }
    return new LiveView(
        line -> {
          out.println(line);
          out.flush();
        },
        null);
  }

  private static boolean onATerminal(Terminal terminal) {
    String type = terminal.getType();
    return System.console() != null
        && type != null
        && !type.startsWith(Terminal.TYPE_DUMB)
        && terminal.getHeight() > 4;
  }
}
