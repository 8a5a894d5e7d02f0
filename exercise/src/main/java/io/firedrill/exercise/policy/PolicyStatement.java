package io.firedrill.exercise.policy;

import java.util.List;
import java.util.TreeSet;

/**
 * One Allow statement.
 *
 * @param sid letters and digits only, as IAM requires
 * @param actions IAM actions such as {@code iam:CreateUser}; kept sorted and without repeats
 * @param resources ARNs, or {@code *}; kept sorted and without repeats
 */
public record PolicyStatement(String sid, List<String> actions, List<String> resources) {

  public PolicyStatement {
    if (sid == null || !sid.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException(
          "a statement's Sid must be letters and digits only; got '" + sid + "'");
    }
    actions = List.copyOf(new TreeSet<>(actions));
    resources = List.copyOf(new TreeSet<>(resources));
    if (actions.isEmpty() || resources.isEmpty()) {
      throw new IllegalArgumentException("statement " + sid + " needs an action and a resource");
    }
    for (String action : actions) {
      if (!action.matches("[a-z0-9-]+:[A-Za-z0-9*]+")) {
        throw new IllegalArgumentException(
            "statement " + sid + ": '" + action + "' is not an action such as iam:CreateUser");
      }
    }
  }

  /** A Sid made from free text such as a technique id: its words, capitalised and joined. */
  public static String sidOf(String text) {
    StringBuilder sid = new StringBuilder();
    for (String word : text.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        sid.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sid.toString();
  }
}
