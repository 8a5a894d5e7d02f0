package io.firedrill.sandbox.baseline;

import java.util.regex.Pattern;

/**
 * A customer managed policy the baseline creates, before the users and roles that name it as {@code
 * policy/NAME}.
 *
 * @param name the policy name, as IAM allows it
 * @param document the policy document, JSON
 */
public record BaselinePolicy(String name, String document) {

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,128}");

  public BaselinePolicy {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "policy name must be 1-128 letters, digits or +=,.@_- characters, got '" + name + "'");
    }
    if (document == null || !document.strip().startsWith("{")) {
      throw new IllegalArgumentException(
          "document of policy '" + name + "' must be a JSON policy document");
    }
  }

  /** The ARN a user's or role's {@code policies} entry names, in the account applied to. */
  public static String arn(String entry, String accountId) {
    return entry.startsWith("policy/") ? "arn:aws:iam::" + accountId + ":" + entry : entry;
  }
}
