package io.firedrill.reports;

import java.time.Duration;

/** How times read in the report. */
final class Format {

  private Format() {}

  /** Scenario time: T+1m05s. */
  static String clock(Duration d) {
    if (d == null) {
      return "-";
    }
    long seconds = d.toSeconds();
    return String.format("T+%dm%02ds", seconds / 60, seconds % 60);
  }

  /** A span: 42s, or 3m05s. */
  static String human(Duration d) {
    if (d == null) {
      return "-";
    }
    long seconds = d.toSeconds();
    return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }

  static Long millis(Duration d) {
    return d == null ? null : d.toMillis();
  }

  static String orDash(String text) {
    return text == null ? "-" : text;
  }
}
