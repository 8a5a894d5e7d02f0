package io.firedrill.sandbox.baseline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An IAM user the baseline creates.
 *
 * @param name the user name, as IAM allows it
 * @param accessKey whether the user gets an access key
 * @param policies the managed policies attached to the user, by ARN; a user without any may do
 *     nothing, as on AWS
 */
public record BaselineUser(String name, boolean accessKey, List<String> policies) {

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

  public BaselineUser {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "user name must be 1-64 letters, digits or +=,.@_- characters, got '" + name + "'");
    }
    policies = PolicyArns.checked(policies, "user '" + name + "'");
  }

  /** Validation of policy ARN lists, shared by users and roles. */
  static final class PolicyArns {

    private static final Pattern ARN =
        Pattern.compile(
            "arn:aws:iam::(aws|\\d{12}):policy(/[\\w+=,.@-]+)*/[\\w+=,.@-]+|policy/[\\w+=,.@-]+");

    private PolicyArns() {}

    static List<String> checked(List<String> policies, String owner) {
      List<String> copy = List.copyOf(policies);
      Set<String> seen = new HashSet<>();
      for (String arn : copy) {
        if (!ARN.matcher(arn).matches()) {
          throw new IllegalArgumentException(
              "policies of "
                  + owner
                  + " must be managed policy ARNs (arn:aws:iam::aws:policy/NAME or"
                  + " arn:aws:iam::ACCOUNT:policy/NAME) or policy/NAME for one of the baseline's,"
                  + " got '"
                  + arn
                  + "'");
        }
        if (!seen.add(arn)) {
          throw new IllegalArgumentException("policy '" + arn + "' is listed twice for " + owner);
        }
      }
      return copy;
    }
  }
}
