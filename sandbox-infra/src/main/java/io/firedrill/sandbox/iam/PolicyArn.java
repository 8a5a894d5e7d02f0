package io.firedrill.sandbox.iam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A managed policy's ARN, taken apart: {@code arn:aws:iam::<account or aws>:policy<path><name>}.
 *
 * @param arn the ARN as given
 * @param account the owning account's id, or {@code aws} for an AWS managed policy
 * @param path the path, {@code /} or e.g. {@code /job-function/}
 * @param name the policy name
 */
record PolicyArn(String arn, String account, String path, String name) {

  private static final Pattern SHAPE =
      Pattern.compile("arn:aws:iam::(aws|\\d{12}):policy(/(?:[^/]+/)*)([\\w+=,.@-]+)");

  /** Parses an ARN; IAM answers InvalidInput for one that is not a policy ARN. */
  static PolicyArn parse(String arn) {
    Matcher matcher = SHAPE.matcher(arn);
    if (!matcher.matches()) {
      throw IamErrors.invalidArn(arn);
    }
    return new PolicyArn(arn, matcher.group(1), matcher.group(2), matcher.group(3));
  }

  static String of(String account, String path, String name) {
    return "arn:aws:iam::" + account + ":policy" + path + name;
  }

  boolean awsManaged() {
    return account.equals("aws");
  }
}
