package io.firedrill.injector.technique.privilegeescalation;

/** The user name in an IAM user's ARN, for techniques that act on the key's own user. */
final class SelfName {

  private SelfName() {}

  /** The name, or null when the ARN is not a user's (a role session, say). */
  static String of(String arn) {
    int user = arn.indexOf(":user/");
    return user < 0 ? null : arn.substring(arn.lastIndexOf('/') + 1);
  }
}
