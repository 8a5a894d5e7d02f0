package io.firedrill.injector.technique;

import java.util.Arrays;
import java.util.List;
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

  /** A comma-separated list, its items trimmed and the empty ones dropped; empty when absent. */
  public static List<String> list(Map<String, String> with, String key) {
    String value = with.get(key);
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  /** A whole number, or {@code otherwise} when absent. */
  public static int wholeNumber(Map<String, String> with, String key, int otherwise) {
    String value = with.get(key);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number; got '" + value + "'");
    }
  }
}
