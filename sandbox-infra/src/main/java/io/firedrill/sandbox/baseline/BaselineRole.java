package io.firedrill.sandbox.baseline;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IAM role the baseline creates, assumable by one principal.
 *
 * @param name the role name, as IAM allows it
 * @param trust who may assume the role: {@code account} (any principal of the account the baseline
 *     is applied to, whose own policies allow it), a twelve-digit account id, {@code user/NAME} or
 *     {@code role/NAME} (a user or role of that account, named so that the baseline works in any
 *     account), or a full IAM ARN
 * @param policies the managed policies attached to the role, by ARN
 * @param tags tags the role carries besides the baseline's own, e.g. the sandbox marker {@code
 *     firedrill:sandbox=true} that firedrill's guardrails look for on the role {@code
 *     firedrill-sandbox}
 */
public record BaselineRole(
    String name, String trust, List<String> policies, Map<String, String> tags) {

  /** A role without tags of its own. */
  public BaselineRole(String name, String trust, List<String> policies) {
    this(name, trust, policies, Map.of());
  }

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern LOCAL = Pattern.compile("(user|role)(/[\\w+=,.@-]+)+");
  private static final Pattern ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}):(root|(user|role)(/[\\w+=,.@-]+)+)");

  public BaselineRole {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "role name must be 1-64 letters, digits or +=,.@_- characters, got '" + name + "'");
    }
    boolean valid =
        trust != null
            && (trust.equals("account")
                || ACCOUNT.matcher(trust).matches()
                || LOCAL.matcher(trust).matches()
                || ARN.matcher(trust).matches());
    if (!valid) {
      throw new IllegalArgumentException(
          "trust of role '"
              + name
              + "' must be 'account', an account id, user/NAME, role/NAME or an IAM ARN, got '"
              + trust
              + "'");
    }
    policies = BaselineUser.PolicyArns.checked(policies, "role '" + name + "'");
    tags = Map.copyOf(tags);
    for (var tag : tags.entrySet()) {
      if (tag.getKey().isEmpty() || tag.getKey().length() > 128 || tag.getValue().length() > 256) {
        throw new IllegalArgumentException(
            "tag '"
                + tag.getKey()
                + "' of role '"
                + name
                + "' must have a key of 1-128 and a value of at most 256 characters");
      }
    }
  }

  /** The trusted principal's ARN in the account the baseline is applied to. */
  String principalArn(String accountId) {
    if (trust.equals("account")) {
      return "arn:aws:iam::" + accountId + ":root";
    }
    if (ACCOUNT.matcher(trust).matches()) {
      return "arn:aws:iam::" + trust + ":root";
    }
    Matcher local = LOCAL.matcher(trust);
    return local.matches() ? "arn:aws:iam::" + accountId + ":" + trust : trust;
  }

  /** The trust policy that lets the principal assume the role. */
  public String trustPolicy(String accountId) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\""
        + principalArn(accountId)
        + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }
}
