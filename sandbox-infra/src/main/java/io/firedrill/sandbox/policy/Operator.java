package io.firedrill.sandbox.policy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A condition operator by name ({@code StringNotLike}, {@code DateLessThan}, {@code Null}): the
 * comparison it makes, the ordering it asks for, and whether it negates the result.
 */
record Operator(String name, Comparison comparison, Relation relation, boolean negated) {

  /** For ordered comparisons, which outcome of compareTo the operator accepts. */
  enum Relation {
    EQUAL,
    LESS,
    LESS_EQUAL,
    GREATER,
    GREATER_EQUAL;

    boolean accepts(int order) {
      return switch (this) {
        case EQUAL -> order == 0;
        case LESS -> order < 0;
        case LESS_EQUAL -> order <= 0;
        case GREATER -> order > 0;
        case GREATER_EQUAL -> order >= 0;
      };
    }
  }

  private static final Map<String, Operator> BY_NAME = new HashMap<>();

  static {
    add("StringEquals", Comparison.STRING, Relation.EQUAL, false);
    add("StringNotEquals", Comparison.STRING, Relation.EQUAL, true);
    add("StringEqualsIgnoreCase", Comparison.STRING_IGNORE_CASE, Relation.EQUAL, false);
    add("StringNotEqualsIgnoreCase", Comparison.STRING_IGNORE_CASE, Relation.EQUAL, true);
    add("StringLike", Comparison.LIKE, Relation.EQUAL, false);
    add("StringNotLike", Comparison.LIKE, Relation.EQUAL, true);
    add("ArnEquals", Comparison.ARN, Relation.EQUAL, false);
    add("ArnLike", Comparison.ARN, Relation.EQUAL, false);
    add("ArnNotEquals", Comparison.ARN, Relation.EQUAL, true);
    add("ArnNotLike", Comparison.ARN, Relation.EQUAL, true);
    ordered("Numeric", Comparison.NUMBER);
    ordered("Date", Comparison.DATE);
    add("Bool", Comparison.BOOL, Relation.EQUAL, false);
    add("BinaryEquals", Comparison.STRING, Relation.EQUAL, false);
    add("IpAddress", Comparison.IP, Relation.EQUAL, false);
    add("NotIpAddress", Comparison.IP, Relation.EQUAL, true);
    add("Null", null, Relation.EQUAL, false);
  }

  /** The operator with this name (IfExists and set qualifiers already removed), or null. */
  static Operator named(String name) {
    return BY_NAME.get(name.toLowerCase(Locale.ROOT));
  }

  /** Whether this is {@code Null}, which tests a key's presence rather than its values. */
  boolean presence() {
    return comparison == null;
  }

  /**
   * Whether a request value, as {@link Comparison#read} read it, satisfies the positive form of the
   * operator for one prepared policy value.
   */
  boolean matches(Object actual, Object prepared) {
    return relation == Relation.EQUAL
        ? comparison.test(actual, prepared)
        : relation.accepts(comparison.order(actual, prepared));
  }

  private static void ordered(String prefix, Comparison comparison) {
    add(prefix + "Equals", comparison, Relation.EQUAL, false);
    add(prefix + "NotEquals", comparison, Relation.EQUAL, true);
    add(prefix + "LessThan", comparison, Relation.LESS, false);
    add(prefix + "LessThanEquals", comparison, Relation.LESS_EQUAL, false);
    add(prefix + "GreaterThan", comparison, Relation.GREATER, false);
    add(prefix + "GreaterThanEquals", comparison, Relation.GREATER_EQUAL, false);
  }

  private static void add(String name, Comparison comparison, Relation relation, boolean negated) {
    BY_NAME.put(name.toLowerCase(Locale.ROOT), new Operator(name, comparison, relation, negated));
  }
}
