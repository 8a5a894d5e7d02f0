package io.firedrill.injector.technique.privilegeescalation;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.util.List;

/** The user name of the key's own user, for techniques that act on it. */
final class SelfName {

  private SelfName() {}

  /**
   * Asks sts:GetCallerIdentity, adding the call to {@code calls}.
   *
   * @return the user name, or null when the key is not a user's (a role session) or the call failed
   */
  static String lookUp(AwsSession session, List<ApiCall> calls) {
    String[] self = new String[1];
    calls.add(
        session.call(
            "sts",
            "GetCallerIdentity",
            () -> {
              var identity = session.sts().getCallerIdentity();
              self[0] = of(identity.arn());
              return identity;
            }));
    return self[0];
  }

  /** The name in an IAM user's ARN, or null when the ARN is not a user's. */
  static String of(String arn) {
    int user = arn.indexOf(":user/");
    return user < 0 ? null : arn.substring(arn.lastIndexOf('/') + 1);
  }
}
