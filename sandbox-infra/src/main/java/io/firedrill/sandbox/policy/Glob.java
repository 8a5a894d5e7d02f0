package io.firedrill.sandbox.policy;

import java.util.Locale;

/**
 * A compiled IAM wildcard pattern: {@code *} matches any run of characters, {@code ?} any one.
 *
 * <p>Compiled once, matched without regular expressions or allocation. Internally a wildcard is a
 * private-use character, so that text a policy variable put into a pattern (a user name, or the
 * {@code ${*}} escape) stays literal even when it holds {@code *} or {@code ?}.
 */
final class Glob {

  static final char MANY = '\uE000';
  static final char ONE = '\uE001';

  private enum Shape {
    ANY,
    EXACT,
    PREFIX,
    GENERAL
  }

  private final String pattern;
  private final boolean ignoreCase;
  private final Shape shape;

  private Glob(String compiled, boolean ignoreCase) {
    this.pattern = ignoreCase ? compiled.toLowerCase(Locale.ROOT) : compiled;
    this.ignoreCase = ignoreCase;
    int many = pattern.indexOf(MANY);
    boolean one = pattern.indexOf(ONE) >= 0;
    if (pattern.length() == 1 && many == 0) {
      shape = Shape.ANY;
    } else if (many < 0 && !one) {
      shape = Shape.EXACT;
    } else if (!one && many == pattern.length() - 1) {
      shape = Shape.PREFIX;
    } else {
      shape = Shape.GENERAL;
    }
  }

  /** Compiles a pattern as written in a policy: every {@code *} and {@code ?} is a wildcard. */
  static Glob of(String source, boolean ignoreCase) {
    return new Glob(wildcards(source), ignoreCase);
  }

  /** Compiles a pattern already in internal form (see {@link #MANY}, {@link #ONE}). */
  static Glob compiled(String compiled, boolean ignoreCase) {
    return new Glob(compiled, ignoreCase);
  }

  /** The internal form of written text: its {@code *} and {@code ?} become wildcards. */
  static String wildcards(String source) {
    return source.replace('*', MANY).replace('?', ONE);
  }

  boolean matches(String text) {
    return matches(text, 0, text.length());
  }

  /** Whether {@code text[start, end)} matches. */
  boolean matches(String text, int start, int end) {
    switch (shape) {
      case ANY:
        return true;
      case EXACT:
        return end - start == pattern.length()
            && text.regionMatches(ignoreCase, start, pattern, 0, pattern.length());
      case PREFIX:
        int prefix = pattern.length() - 1;
        return end - start >= prefix && text.regionMatches(ignoreCase, start, pattern, 0, prefix);
      default:
        return general(text, start, end);
    }
  }

  // Greedy matching with one backtrack point: linear for patterns with a single star, and never
  // worse than quadratic, unlike a backtracking regular expression.
  private boolean general(String text, int start, int end) {
    int p = 0;
    int t = start;
    int starP = -1;
    int starT = -1;
    int length = pattern.length();
    while (t < end) {
      char pc = p < length ? pattern.charAt(p) : 0;
      if (p < length && pc != MANY && (pc == ONE || same(pc, text.charAt(t)))) {
        p++;
        t++;
      } else if (p < length && pc == MANY) {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < length && pattern.charAt(p) == MANY) {
      p++;
    }
    return p == length;
  }

  private boolean same(char patternChar, char textChar) {
    return patternChar == textChar
        || (ignoreCase && patternChar == Character.toLowerCase(textChar));
  }

  @Override
  public String toString() {
    return pattern.replace(MANY, '*').replace(ONE, '?');
  }
}
