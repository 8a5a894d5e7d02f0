package io.firedrill.sandbox.s3;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The two ways S3 writes a time: ISO-8601 in XML bodies, RFC 1123 in headers. */
final class S3Times {

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter HTTP =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private S3Times() {}

  static String iso(Instant instant) {
    return ISO.format(instant);
  }

  static String http(Instant instant) {
    return HTTP.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
