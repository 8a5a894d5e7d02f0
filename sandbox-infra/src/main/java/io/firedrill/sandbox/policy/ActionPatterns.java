package io.firedrill.sandbox.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A statement's Action (or NotAction) list, compiled for matching case-insensitively: names without
 * wildcards go into a hash set, so a policy listing a hundred actions (the quarantine policies)
 * costs one lookup rather than a hundred comparisons; the rest stay {@link Glob}s.
 */
final class ActionPatterns {

  private final Set<String> exact;
  private final List<Glob> wildcards;

  private ActionPatterns(Set<String> exact, List<Glob> wildcards) {
    this.exact = exact;
    this.wildcards = wildcards;
  }

  static ActionPatterns of(List<String> actions) {
    Set<String> exact = new HashSet<>();
    List<Glob> wildcards = new ArrayList<>();
    for (String action : actions) {
      if (action.indexOf('*') < 0 && action.indexOf('?') < 0) {
        exact.add(key(action));
      } else {
        wildcards.add(Glob.of(action, true));
      }
    }
    return new ActionPatterns(Set.copyOf(exact), List.copyOf(wildcards));
  }

  /** The form {@link #matches} takes an action in: lower case, computed once per request. */
  static String key(String action) {
    return action.toLowerCase(Locale.ROOT);
  }

  /** Whether any pattern matches the action, given as its {@link #key}. */
  boolean matches(String actionKey) {
    if (exact.contains(actionKey)) {
      return true;
    }
    for (Glob wildcard : wildcards) {
      if (wildcard.matches(actionKey)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return exact + " " + wildcards;
  }
}
