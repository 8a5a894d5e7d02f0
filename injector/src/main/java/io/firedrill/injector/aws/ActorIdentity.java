package io.firedrill.injector.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Who an actor is on the wire.
 *
 * @param name the actor's name in the scenario (attacker, blue, ...)
 * @param credentials the access key the actor signs with; never journaled or printed
 * @param sourceIp the address the actor's calls appear to come from, or null
 * @param userAgent extra user agent text, or null
 * @param region the region the actor's regional clients call, or null for the target's
 */
public record ActorIdentity(
    String name, AwsCredentials credentials, String sourceIp, String userAgent, String region) {

  public ActorIdentity(String name, AwsCredentials credentials, String sourceIp, String userAgent) {
    this(name, credentials, sourceIp, userAgent, null);
  }

  @Override
  public String toString() {
    // Records print their fields; this one holds a secret key.
    return "ActorIdentity[" + name + ", " + credentials.accessKeyId() + "]";
  }
}
