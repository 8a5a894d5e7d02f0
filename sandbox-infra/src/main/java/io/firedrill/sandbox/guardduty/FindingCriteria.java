package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A FindingCriteria and a SortCriteria, applied to findings as JSON. A criterion's key is a dotted
 * path into the finding ({@code type}, {@code severity}, {@code service.archived}, {@code
 * resource.accessKeyDetails.userName}); timestamps compare as epoch milliseconds, as the API takes
 * them.
 */
final class FindingCriteria {

  private static final Map<String, Op> OPERATORS =
      Map.ofEntries(
          Map.entry("eq", Op.EQ),
          Map.entry("equals", Op.EQ),
          Map.entry("neq", Op.NEQ),
          Map.entry("notEquals", Op.NEQ),
          Map.entry("gt", Op.GT),
          Map.entry("greaterThan", Op.GT),
          Map.entry("gte", Op.GTE),
          Map.entry("greaterThanOrEqual", Op.GTE),
          Map.entry("lt", Op.LT),
          Map.entry("lessThan", Op.LT),
          Map.entry("lte", Op.LTE),
          Map.entry("lessThanOrEqual", Op.LTE));

  private enum Op {
    EQ,
    NEQ,
    GT,
    GTE,
    LT,
    LTE
  }

  private FindingCriteria() {}

  /** The test {@code criteria} ({@code {"criterion": {...}}}, or null for all) stands for. */
  static Predicate<ObjectNode> of(JsonNode criteria) {
    List<Predicate<ObjectNode>> tests = new ArrayList<>();
    JsonNode criterion = criteria == null ? null : criteria.get("criterion");
    if (criterion != null && criterion.isObject()) {
      for (Map.Entry<String, JsonNode> field : criterion.properties()) {
        String path = field.getKey();
        for (Map.Entry<String, JsonNode> condition : field.getValue().properties()) {
          Op op = OPERATORS.get(condition.getKey());
          if (op == null) {
            throw GuardDutyErrors.invalid(
                "findingCriteria", "uses an unknown condition " + condition.getKey());
          }
          JsonNode operand = condition.getValue();
          tests.add(finding -> test(value(finding, path), op, operand));
        }
      }
    }
    return finding -> tests.stream().allMatch(t -> t.test(finding));
  }

  /** The order {@code sort} ({@code {"attributeName", "orderBy"}}, or null) asks for. */
  static Comparator<ObjectNode> order(JsonNode sort) {
    if (sort == null || sort.get("attributeName") == null) {
      return (a, b) -> 0;
    }
    String path = sort.get("attributeName").asString();
    Comparator<ObjectNode> ascending =
        Comparator.comparing(f -> sortKey(value(f, path)), FindingCriteria::compareKeys);
    JsonNode order = sort.get("orderBy");
    return order != null && "DESC".equals(order.asString()) ? ascending.reversed() : ascending;
  }

  private static JsonNode value(ObjectNode finding, String path) {
    JsonNode node = finding;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }

  private static boolean test(JsonNode value, Op op, JsonNode operand) {
    if (op == Op.EQ || op == Op.NEQ) {
      boolean any = false;
      for (JsonNode wanted : operand) {
        any |= value != null && text(value).equals(wanted.asString());
      }
      return op == Op.EQ ? any : !any;
    }
    if (value == null) {
      return false;
    }
    double have = number(value);
    double limit = operand.asDouble();
    return switch (op) {
      case GT -> have > limit;
      case GTE -> have >= limit;
      case LT -> have < limit;
      case LTE -> have <= limit;
      default -> false;
    };
  }

  private static String text(JsonNode value) {
    if (value.isNumber()) {
      double d = value.asDouble();
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
    return value.asString();
  }

  // Numbers as they are; timestamps as epoch milliseconds.
  private static double number(JsonNode value) {
    if (value.isNumber()) {
      return value.asDouble();
    }
    try {
      return Instant.parse(value.asString()).toEpochMilli();
    } catch (RuntimeException notATime) {
      return Double.NaN;
    }
  }

  private static Comparable<?> sortKey(JsonNode value) {
    if (value == null) {
      return "";
    }
    return value.isNumber() ? (Comparable<?>) value.asDouble() : value.asString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Comparable<?> a, Comparable<?> b) {
    if (a.getClass() != b.getClass()) {
      return a.toString().compareTo(b.toString());
    }
    return ((Comparable) a).compareTo(b);
  }
}
