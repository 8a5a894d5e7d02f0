package io.firedrill.exercise.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading instants as AWS and the journal write them, a million at a time. */
public final class Times {

  private Times() {}

  /**
   * The instant of an ISO-8601 UTC text such as {@code 2026-11-30T01:00:00Z}, read without a
   * formatter when it has that shape (with 0, 3, 6 or 9 digits of fraction), which costs a fifth of
   * {@link Instant#parse}; anything else is left to {@link Instant#parse}.
   *
   * @throws DateTimeParseException when it is not an instant
   */
  public static Instant parse(String text) {
    try {
      return JournalJson.instant(text);
    } catch (java.time.DateTimeException e) {
      if (e instanceof DateTimeParseException parse) {
        throw parse;
      }
      throw new DateTimeParseException(e.getMessage(), text, 0, e);
    }
  }

  /**
   * The instant as text of one width, {@code 2026-11-30T01:00:00.000000000Z}, so that such texts
   * sort as their instants do (for years 0 to 9999); {@link #parse} reads it back.
   */
  public static String sortable(Instant instant) {
    java.time.LocalDateTime t =
        java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(30);
    pad(text, t.getYear(), 4).append('-');
    pad(text, t.getMonthValue(), 2).append('-');
    pad(text, t.getDayOfMonth(), 2).append('T');
    pad(text, t.getHour(), 2).append(':');
    pad(text, t.getMinute(), 2).append(':');
    pad(text, t.getSecond(), 2).append('.');
    return pad(text, t.getNano(), 9).append('Z').toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }
}
