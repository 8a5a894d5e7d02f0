package io.firedrill.exercise.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The journal's line format, shared by the writer and the reader. */
final class JournalJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JournalJson() {}

  static JournalEntry entry(JsonNode line) {
    return new JournalEntry(
        line.get("seq").asLong(),
        Duration.ofMillis(line.get("t").asLong()),
        instant(line.get("wall").asString()),
        line.get("type").asString(),
        line.get("data"),
        line.get("prev").asString());
  }

  /**
   * Reads a wall time as {@link Instant#toString()} wrote it ({@code 2026-11-30T01:00:00Z}, with 3,
   * 6 or 9 digits of fraction or none) without a formatter, which costs more than the rest of a
   * line; anything else is left to {@link Instant#parse}.
   */
  static Instant instant(String text) {
    int n = text.length();
    int fraction = n - 21; // digits between the seconds' "." and the "Z"
    boolean shaped =
        n >= 20
            && text.charAt(4) == '-'
            && text.charAt(7) == '-'
            && text.charAt(10) == 'T'
            && text.charAt(13) == ':'
            && text.charAt(16) == ':'
            && text.charAt(n - 1) == 'Z'
            && (n == 20
                || (text.charAt(19) == '.' && (fraction == 3 || fraction == 6 || fraction == 9)));
    if (!shaped) {
      return Instant.parse(text);
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos =
        n == 20
            ? 0
            : digits(text, 20, n - 1) * (fraction == 3 ? 1_000_000 : fraction == 6 ? 1_000 : 1);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || minute < 0
        || second < 0
        || second == 60 // a leap second, which only the formatter knows what to do with
        || nanos < 0) {
      return Instant.parse(text);
    }
    // LocalDateTime.of checks the ranges (month 13, February 30) and says what is wrong.
    return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
        .toInstant(ZoneOffset.UTC);
  }

  /** The number the digits from {@code from} to {@code to} spell, or -1 if one is not a digit. */
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

  static String sha256(String line) {
    return HexFormat.of().formatHex(digest().digest(line.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
