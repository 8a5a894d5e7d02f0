package io.firedrill.shell.exercise;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.Target;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Turns an actor holding a user's key into one acting through a role: it calls AssumeRole with that
 * key, from its own address and user agent, so the trail shows the pivot as AWS would.
 */
final class RoleSessions {

  private RoleSessions() {}

  static ActorIdentity assume(Target target, ActorIdentity withKey, String roleArn) {
    Credentials issued;
    try (AwsSession session = new AwsSession(target, withKey)) {
      issued =
          session
              .sts()
              .assumeRole(r -> r.roleArn(roleArn).roleSessionName(withKey.name()))
              .credentials();
    } catch (AwsServiceException e) {
      throw new ScenarioException(
          List.of(
              "actor '"
                  + withKey.name()
                  + "' cannot assume "
                  + roleArn
                  + " with its key: "
                  + e.awsErrorDetails().errorMessage()
                  + "; the role's trust policy must allow the actor's user"));
    }
    return new ActorIdentity(
        withKey.name(),
        AwsSessionCredentials.create(
            issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken()),
        withKey.sourceIp(),
        withKey.userAgent(),
        withKey.region());
  }
}
