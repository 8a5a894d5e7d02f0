package io.firedrill.injector.technique;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a technique's {@code with:} map, so every technique reports problems the same way. */
public final class Parameters {

  private Parameters() {}

  /** Rejects keys the technique does not know, naming those it does. */
  public static void allowOnly(Map<String, String> with, Set<String> known) {
    Set<String> unknown = new TreeSet<>(with.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown parameter '"
              + unknown.iterator().next()
              + "'; expected "
              + (known.isEmpty() ? "none" : "one of: " + String.join(", ", new TreeSet<>(known))));
    }
  }

  /** A parameter that must be present and non-blank. */
  public static String required(Map<String, String> with, String key, String what) {
    String value = with.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing parameter '" + key + "': expected " + what);
    }
    return value;
  }
}
