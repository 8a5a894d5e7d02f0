package io.firedrill.sandbox.policy;

import java.util.List;

/**
 * One key under one operator of a statement's Condition block, e.g. {@code
 * "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["team/*"]}}, ready to test requests.
 *
 * <p>Values are ORed. A missing key fails a positive operator and satisfies a negated one (AWS's
 * documented reading of, say, {@code StringNotEquals}); {@code IfExists} makes a missing key pass;
 * {@code ForAnyValue} needs one request value to satisfy the operator and is false on a missing
 * key; {@code ForAllValues} needs every request value to and is true on a missing key; {@code Null}
 * tests presence only.
 */
final class Condition {

  /** The set operator prefix, if any. */
  enum Qualifier {
    SINGLE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }

  private final Operator operator;
  private final Qualifier qualifier;
  private final boolean ifExists;
  private final String key;
  private final List<Template> values;
  private final Object[] prepared;
  private final boolean constant;

  Condition(
      Operator operator, Qualifier qualifier, boolean ifExists, String key, List<Template> values) {
    this.operator = operator;
    this.qualifier = qualifier;
    this.ifExists = ifExists;
    this.key = key;
    this.values = List.copyOf(values);
    this.constant = values.stream().allMatch(Template::constant);
    this.prepared = constant && !operator.presence() ? prepare(null) : null;
  }

  boolean test(RequestContext request) {
    List<String> actual = request.values(key);
    if (operator.presence()) {
      return presence(actual.isEmpty());
    }
    if (actual.isEmpty()) {
      return ifExists
          || qualifier == Qualifier.FOR_ALL_VALUES
          || (qualifier == Qualifier.SINGLE && operator.negated());
    }
    Object[] operands = constant ? prepared : prepare(request);
    boolean negated = operator.negated();
    switch (qualifier) {
      case FOR_ANY_VALUE:
        for (String value : actual) {
          if (matchesAny(value, operands) != negated) {
            return true;
          }
        }
        return false;
      case FOR_ALL_VALUES:
        for (String value : actual) {
          if (matchesAny(value, operands) == negated) {
            return false;
          }
        }
        return true;
      default:
        for (String value : actual) {
          if (matchesAny(value, operands)) {
            return !negated;
          }
        }
        return negated;
    }
  }

  // A request value that is not of the operator's type (no number, date or address) matches none.
  private boolean matchesAny(String value, Object[] operands) {
    Object actual = operator.comparison().read(value);
    if (actual == null) {
      return false;
    }
    for (Object operand : operands) {
      if (operand != null && operator.matches(actual, operand)) {
        return true;
      }
    }
    return false;
  }

  // Null with "true" asks for the key to be absent, with "false" for it to be present.
  private boolean presence(boolean absent) {
    for (Template value : values) {
      String text = value.constant() ? value.text(null) : null;
      if (text != null && text.trim().equalsIgnoreCase(absent ? "true" : "false")) {
        return true;
      }
    }
    return false;
  }

  private Object[] prepare(RequestContext request) {
    Object[] operands = new Object[values.size()];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = operator.comparison().prepare(values.get(i), request);
    }
    return operands;
  }

  @Override
  public String toString() {
    return operator.name() + " " + key + " " + values;
  }
}
