package io.firedrill.injector.guardrail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How much a scenario may launch with ec2:RunInstances: the instances one step may ask for over all
 * its firings, those the whole exercise may, and the instance types it may ask for.
 *
 * <p>Bare-metal, GPU and other accelerator types cost tens of dollars an hour each; they are
 * refused unless a pattern in {@code allowedTypes} names them (a bare {@code *} does not).
 *
 * @param maxPerStep instances one step may launch, repeats counted
 * @param maxPerExercise instances the whole scenario may launch
 * @param allowedTypes glob patterns ({@code t3.*}, {@code c5.large}); empty allows every type that
 *     is not expensive
 */
public record SpendCaps(int maxPerStep, int maxPerExercise, List<String> allowedTypes) {

  /** At most 10 instances a step and 20 an exercise, of any type but metal and accelerators. */
  public static final SpendCaps DEFAULT = new SpendCaps(10, 20, List.of());

  // GPU (p, g), inference and training chips (inf, trn, dl), FPGAs (f), video (vt), and the
  // high-memory u- types, which come only as metal.
  private static final Pattern EXPENSIVE =
      Pattern.compile("(p\\d|g\\d|inf\\d|trn\\d|dl\\d|f\\d|vt\\d|u-).*|.*\\.metal(-.*)?");

  public SpendCaps {
    if (maxPerStep < 0 || maxPerExercise < 0) {
      throw new IllegalArgumentException(
          "instance caps must be zero or more; got "
              + maxPerStep
              + " a step and "
              + maxPerExercise
              + " an exercise");
    }
    allowedTypes = allowedTypes.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  /** Why {@code type} may not be asked for, or null when it may. */
  String refusal(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    boolean listed = allowedTypes.stream().anyMatch(p -> glob(p).matcher(lower).matches());
    boolean named =
        allowedTypes.stream()
            .filter(p -> !p.equals("*"))
            .anyMatch(p -> glob(p).matcher(lower).matches());
    if (EXPENSIVE.matcher(lower).matches() && !named) {
      return "instance type "
          + type
          + " is bare metal or an accelerator type, refused unless allowed-instance-types names"
          + " it";
    }
    if (!allowedTypes.isEmpty() && !listed) {
      return "instance type " + type + " is not one of the allowed instance types " + allowedTypes;
    }
    return null;
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }
}
