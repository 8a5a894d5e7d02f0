package io.firedrill.sandbox.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads EC2's flattened query lists: {@code InstanceId.1}, {@code InstanceId.2} for a list of
 * values; {@code Filter.1.Name}, {@code Filter.1.Value.1} for a list of structures.
 */
final class Ec2Params {

  private Ec2Params() {}

  /** The values of the list {@code name}, in index order. */
  static List<String> values(Map<String, String> params, String name) {
    Map<Integer, String> byIndex = new TreeMap<>();
    String prefix = name + ".";
    params.forEach(
        (key, value) -> {
          if (key.startsWith(prefix) && key.substring(prefix.length()).matches("\\d{1,6}")) {
            byIndex.put(Integer.parseInt(key.substring(prefix.length())), value);
          }
        });
    return new ArrayList<>(byIndex.values());
  }

  /** The members of the structure list {@code name}, each as its own parameters, in index order. */
  static List<Map<String, String>> members(Map<String, String> params, String name) {
    Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
    String prefix = name + ".";
    params.forEach(
        (key, value) -> {
          if (!key.startsWith(prefix)) {
            return;
          }
          String rest = key.substring(prefix.length());
          int dot = rest.indexOf('.');
          if (dot > 0 && rest.substring(0, dot).matches("\\d{1,6}")) {
            byIndex
                .computeIfAbsent(Integer.parseInt(rest.substring(0, dot)), i -> new TreeMap<>())
                .put(rest.substring(dot + 1), value);
          }
        });
    return new ArrayList<>(byIndex.values());
  }

  /** The structure {@code name} ({@code IamInstanceProfile.Name}) as its own parameters. */
  static Map<String, String> struct(Map<String, String> params, String name) {
    Map<String, String> members = new TreeMap<>();
    String prefix = name + ".";
    params.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            members.put(key.substring(prefix.length()), value);
          }
        });
    return members;
  }

  /** An integer parameter, or {@code fallback} when absent. */
  static Integer integer(Map<String, String> params, String name, Integer fallback) {
    String value = params.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw Ec2Errors.invalidValue(value, name);
    }
  }

  static boolean bool(Map<String, String> params, String name) {
    return "true".equalsIgnoreCase(params.get(name));
  }
}
