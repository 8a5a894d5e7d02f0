package io.firedrill.shell.exercise;

import io.firedrill.sandbox.Sandbox;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * The account an exercise plays in, and firedrill's own key there.
 *
 * @param kind {@code embedded} (a sandbox this run started) or {@code endpoint} (an account reached
 *     at an endpoint with the environment's credentials: a running {@code sandbox up}, a
 *     LocalStack)
 * @param control firedrill's key, for setup, probes and cleanup; never journaled
 */
record TargetAccount(
    String kind, URI endpoint, String region, String accountId, AwsCredentials control) {

  static TargetAccount of(Sandbox sandbox) {
    return new TargetAccount(
        "embedded",
        sandbox.endpoint(),
        sandbox.region(),
        sandbox.accountId(),
        sandbox.adminCredentials());
  }

  @Override
  public String toString() {
    // The default would print the secret key.
    return "TargetAccount[" + kind + ", " + endpoint + ", " + accountId + "]";
  }
}
