package io.firedrill.sandbox.fault;

import java.util.Locale;

/** Names with {@code *} (any run of characters) and {@code ?} (one), without regard to case. */
final class Wildcards {

  private Wildcards() {}

  static boolean matches(String pattern, String name) {
    return matches(pattern.toLowerCase(Locale.ROOT), 0, name.toLowerCase(Locale.ROOT), 0);
  }

  private static boolean matches(String pattern, int p, String name, int n) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        for (int rest = n; rest <= name.length(); rest++) {
          if (matches(pattern, p + 1, name, rest)) {
            return true;
          }
        }
        return false;
      }
      if (n >= name.length() || (c != '?' && c != name.charAt(n))) {
        return false;
      }
      p++;
      n++;
    }
    return n == name.length();
  }
}
