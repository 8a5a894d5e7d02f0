package io.firedrill.sandbox.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * An ARN pattern as the {@code Arn*} condition operators use it: each of the six colon-separated
 * parts of an ARN is matched on its own, so a wildcard never reaches across a colon into the next
 * part (the sixth part, the resource, may itself hold colons).
 *
 * <p>A pattern with fewer than six parts lets its last part match the rest of the ARN; IAM's own
 * handling of such short patterns is not documented, and this is the lenient reading.
 */
final class ArnGlob {

  private static final int PARTS = 6;

  private final List<Glob> parts;

  private ArnGlob(List<Glob> parts) {
    this.parts = parts;
  }

  /** Compiles a pattern in {@link Glob}'s internal form. */
  static ArnGlob compiled(String compiled) {
    List<Glob> parts = new ArrayList<>(PARTS);
    int from = 0;
    while (parts.size() < PARTS - 1) {
      int colon = compiled.indexOf(':', from);
      if (colon < 0) {
        break;
      }
      parts.add(Glob.compiled(compiled.substring(from, colon), false));
      from = colon + 1;
    }
    parts.add(Glob.compiled(compiled.substring(from), false));
    return new ArnGlob(List.copyOf(parts));
  }

  boolean matches(String arn) {
    int from = 0;
    int last = parts.size() - 1;
    for (int i = 0; i < last; i++) {
      int colon = arn.indexOf(':', from);
      if (colon < 0 || !parts.get(i).matches(arn, from, colon)) {
        return false;
      }
      from = colon + 1;
    }
    return parts.get(last).matches(arn, from, arn.length());
  }
}
