package io.firedrill.injector.technique;

/**
 * Where an actor plays, for naming the resources its grants are on. Account and region are {@code
 * *} when not known, which IAM matches as a wildcard.
 *
 * @param account the account id, or {@code *}
 * @param region the actor's region, or {@code *}
 * @param self the IAM user whose key the actor holds, or null when not known
 * @param roleSession whether the actor acts through an assumed role: it then has no user of its own
 *     to act on
 */
public record Arns(String account, String region, String self, boolean roleSession) {

  public Arns {
    account = account == null ? "*" : account;
    region = region == null ? "*" : region;
  }

  /** Nothing known: every ARN has wildcards where the account and region go. */
  public static Arns anywhere() {
    return new Arns("*", "*", null, false);
  }

  public String user(String name) {
    return "arn:aws:iam::" + account + ":user/" + name;
  }

  /** The actor's own user, or every user when it is not known. */
  public String selfUser() {
    return user(self == null ? "*" : self);
  }

  public String role(String name) {
    return "arn:aws:iam::" + account + ":role/" + name;
  }

  /** A customer managed policy; {@code *} for any. */
  public String policy(String name) {
    return "arn:aws:iam::" + account + ":policy/" + name;
  }

  /** A trail by name, or as given when it is an ARN already. */
  public String trail(String nameOrArn) {
    return nameOrArn.startsWith("arn:")
        ? nameOrArn
        : "arn:aws:cloudtrail:" + region + ":" + account + ":trail/" + nameOrArn;
  }

  public String bucket(String name) {
    return "arn:aws:s3:::" + name;
  }

  /** Every object of a bucket. */
  public String objects(String bucket) {
    return "arn:aws:s3:::" + bucket + "/*";
  }
}
