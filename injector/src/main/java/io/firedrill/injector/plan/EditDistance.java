package io.firedrill.injector.plan;

/** Levenshtein distance, for "did you mean" suggestions on misspelt ids. */
public final class EditDistance {

  private EditDistance() {}

  /** The known id nearest to {@code id}, when near enough to be what was meant. */
  public static java.util.Optional<String> closest(String id, java.util.Collection<String> known) {
    return known.stream()
        .min(java.util.Comparator.comparingInt((String k) -> between(id, k)).thenComparing(k -> k))
        .filter(k -> between(id, k) <= Math.max(3, id.length() / 4));
  }

  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
