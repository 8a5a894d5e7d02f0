package io.firedrill.sandbox.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource or condition value as written in a policy, with its policy variables ({@code
 * ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}) parsed once and filled in from each
 * request.
 *
 * <p>{@code ${*}}, {@code ${?}} and {@code ${$}} stand for those characters taken literally.
 * Variables exist only in version 2012-10-17 documents; in older ones the text is kept as written.
 * A variable whose key the request lacks (and that has no default) or holds several values for
 * leaves the template unresolved: it then matches nothing.
 */
final class Template {

  /** One piece: literal text (in both forms) or a variable with an optional default. */
  private record Part(String text, String pattern, String variable, String fallback) {}

  private final String source;
  private final List<Part> parts;
  private final String constantText;
  private final String constantPattern;
  private final Glob constantGlob;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
    boolean constant = parts.stream().allMatch(part -> part.variable() == null);
    this.constantText = constant ? join(null, false) : null;
    this.constantPattern = constant ? join(null, true) : null;
    this.constantGlob = constant ? Glob.compiled(constantPattern, false) : null;
  }

  static Template parse(String source, boolean variables) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder pattern = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      int open = variables ? source.indexOf("${", i) : -1;
      int close = open < 0 ? -1 : source.indexOf('}', open);
      if (close < 0) {
        literal(source.substring(i), text, pattern);
        break;
      }
      literal(source.substring(i, open), text, pattern);
      String inside = source.substring(open + 2, close).trim();
      if (inside.equals("*") || inside.equals("?") || inside.equals("$")) {
        text.append(inside);
        pattern.append(inside);
      } else {
        flush(parts, text, pattern);
        parts.add(variable(inside));
      }
      i = close + 1;
    }
    flush(parts, text, pattern);
    return new Template(source, List.copyOf(parts));
  }

  boolean constant() {
    return constantText != null;
  }

  /** The value with variables filled in, wildcards left as plain characters; null if unresolved. */
  String text(RequestContext request) {
    return constant() ? constantText : join(request, false);
  }

  /** The value in {@link Glob}'s internal form; null if unresolved. */
  String pattern(RequestContext request) {
    return constant() ? constantPattern : join(request, true);
  }

  /** The value as a case-sensitive wildcard pattern, compiled once when it has no variables. */
  Glob glob(RequestContext request) {
    if (constant()) {
      return constantGlob;
    }
    String pattern = join(request, true);
    return pattern == null ? null : Glob.compiled(pattern, false);
  }

  private String join(RequestContext request, boolean asPattern) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part.variable() == null) {
        out.append(asPattern ? part.pattern() : part.text());
        continue;
      }
      List<String> values = request.values(part.variable());
      String value = values.size() == 1 ? values.get(0) : null;
      if (value == null && values.isEmpty()) {
        value = part.fallback();
      }
      if (value == null) {
        return null;
      }
      out.append(value);
    }
    return out.toString();
  }

  private static void literal(String chunk, StringBuilder text, StringBuilder pattern) {
    text.append(chunk);
    pattern.append(Glob.wildcards(chunk));
  }

  private static void flush(List<Part> parts, StringBuilder text, StringBuilder pattern) {
    if (!text.isEmpty() || parts.isEmpty()) {
      parts.add(new Part(text.toString(), pattern.toString(), null, null));
    }
    text.setLength(0);
    pattern.setLength(0);
  }

  // "aws:username" or "aws:PrincipalTag/team, 'default'"
  private static Part variable(String inside) {
    int comma = inside.indexOf(',');
    if (comma < 0) {
      return new Part(null, null, inside, null);
    }
    String fallback = inside.substring(comma + 1).trim();
    if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
      fallback = fallback.substring(1, fallback.length() - 1);
    }
    return new Part(null, null, inside.substring(0, comma).trim(), fallback);
  }

  @Override
  public String toString() {
    return source;
  }
}
