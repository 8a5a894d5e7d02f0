package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.PolicyParser.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a statement's Condition block into {@link Condition}s: operator names with their {@code
 * ForAnyValue:} / {@code ForAllValues:} prefix and {@code IfExists} suffix, keys, and values (a
 * string, number or boolean, or an array of them).
 */
final class ConditionParser {

  private static final String ANY = "foranyvalue:";
  private static final String ALL = "forallvalues:";
  private static final String IF_EXISTS = "ifexists";

  private ConditionParser() {}

  static List<Condition> parse(JsonNode block, boolean variables) {
    if (block == null) {
      return List.of();
    }
    syntax(block.isObject());
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : block.properties()) {
      JsonNode keys = entry.getValue();
      syntax(keys.isObject());
      Named named = named(entry.getKey());
      if (named == null) {
        // IAM lets an unknown operator through only when it names no keys at all.
        syntax(keys.isEmpty());
        continue;
      }
      for (Map.Entry<String, JsonNode> key : keys.properties()) {
        List<Template> values = new ArrayList<>();
        for (String value : values(key.getValue())) {
          if (named.operator().comparison() == Comparison.DATE && !value.contains("${")) {
            legacyDate(value);
          }
          values.add(Template.parse(value, variables));
        }
        conditions.add(
            new Condition(
                named.operator(), named.qualifier(), named.ifExists(), key.getKey(), values));
      }
    }
    return conditions;
  }

  private record Named(Operator operator, Condition.Qualifier qualifier, boolean ifExists) {}

  private static Named named(String name) {
    String rest = name.toLowerCase(Locale.ROOT);
    Condition.Qualifier qualifier = Condition.Qualifier.SINGLE;
    if (rest.startsWith(ANY)) {
      qualifier = Condition.Qualifier.FOR_ANY_VALUE;
      rest = rest.substring(ANY.length());
    } else if (rest.startsWith(ALL)) {
      qualifier = Condition.Qualifier.FOR_ALL_VALUES;
      rest = rest.substring(ALL.length());
    }
    boolean ifExists = rest.endsWith(IF_EXISTS);
    if (ifExists) {
      rest = rest.substring(0, rest.length() - IF_EXISTS.length());
    }
    Operator operator = Operator.named(rest);
    return operator == null ? null : new Named(operator, qualifier, ifExists);
  }

  private static List<String> values(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(element -> values.add(scalar(element)));
    } else {
      values.add(scalar(value));
    }
    return values;
  }

  private static String scalar(JsonNode value) {
    syntax(value.isString() || value.isNumber() || value.isBoolean());
    return value.asString();
  }

  private static void legacyDate(String value) {
    if (DateValues.millis(value).isEmpty()) {
      throw new MalformedPolicyException(MalformedPolicyException.LEGACY);
    }
  }
}
