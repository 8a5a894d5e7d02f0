package io.firedrill.sandbox.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Reads the dates the {@code Date*} operators compare: ISO 8601 ({@code 2024-05-01}, {@code
 * 2024-05-01T12:00:00Z}, with or without seconds, fractions or an offset; no offset means UTC) or
 * seconds since the epoch ({@code 1714564800}).
 */
final class DateValues {

  private DateValues() {}

  /** Milliseconds since the epoch, or empty when the text is no date IAM would read. */
  static OptionalLong millis(String value) {
    String text = value.trim().toUpperCase(Locale.ROOT);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    long fast = utcSeconds(text);
    if (fast != NOT_FAST) {
      return OptionalLong.of(fast * 1000L);
    }
    try {
      if (epochSeconds(text)) {
        return OptionalLong.of(Math.multiplyExact(Long.parseLong(text), 1000L));
      }
      if (text.indexOf('T') < 0) {
        return OptionalLong.of(
            LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).toEpochDay() * 86_400_000L);
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
      ZoneOffset offset =
          parsed.isSupported(ChronoField.OFFSET_SECONDS)
              ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
              : ZoneOffset.UTC;
      return OptionalLong.of(LocalDateTime.from(parsed).toInstant(offset).toEpochMilli());
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static final long NOT_FAST = Long.MIN_VALUE;

  // The shape the sandbox itself writes (aws:CurrentTime, aws:TokenIssueTime), read without a
  // formatter: 2024-05-01T12:00:00Z. Anything else goes the general way.
  private static long utcSeconds(String text) {
    if (text.length() != 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != 'Z') {
      return NOT_FAST;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
      return NOT_FAST;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return NOT_FAST;
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return days * 86_400L + hour * 3_600L + minute * 60L + second;
    } catch (DateTimeException e) {
      return NOT_FAST;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean epochSeconds(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return text.length() <= 18;
  }
}
