package io.firedrill.reports;

import java.util.regex.Pattern;

/**
 * Takes out of free text what looks like a secret: a note typed during a game day could hold a
 * secret access key (40 characters of base 64) or a session token (longer), and the report must
 * never show one.
 */
final class Secrets {

  static final String REDACTED = "[redacted: looks like a secret key]";

  // An access key id (AKIA..., 20 characters) is not a secret and stays readable.
  private static final Pattern SECRET = Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40,}");

  private Secrets() {}

  static String redact(String text) {
    return text == null ? null : SECRET.matcher(text).replaceAll(REDACTED);
  }
}
