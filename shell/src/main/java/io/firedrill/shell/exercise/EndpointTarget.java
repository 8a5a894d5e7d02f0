package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.Guardrail;
import io.firedrill.injector.guardrail.TargetRefusedException;
import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * An account reached at an endpoint with the environment's credentials, the way the AWS CLI reaches
 * it: a {@code firedrill sandbox up} in another terminal, where the blue team responds with the AWS
 * CLI, or a LocalStack.
 */
final class EndpointTarget {

  private EndpointTarget() {}

  /**
   * Resolves the environment's credentials and region, and lets the guardrail ask which account
   * they reach before anything else is done there.
   *
   * @param allowedAccounts the account allow-list; there is no default
   * @throws TargetRefusedException when there are no credentials, the allow-list is empty or the
   *     account is not on it
   */
  static TargetAccount open(URI endpoint, Set<String> allowedAccounts) {
    if (allowedAccounts.isEmpty()) {
      throw new TargetRefusedException(
          "no account is allow-listed for "
              + endpoint
              + ": pass --allow-account with the account id the exercise may change"
              + " (for 'firedrill sandbox up', 000000000000); nothing was injected");
    }
    AwsCredentials control;
    try {
      control = DefaultCredentialsProvider.builder().build().resolveCredentials();
    } catch (SdkClientException e) {
      throw new TargetRefusedException(
          "no AWS credentials for "
              + endpoint
              + " in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile;"
              + " 'firedrill sandbox up' prints them for its admin); nothing was injected");
    }
    String region = region();
    TargetAccount unchecked = new TargetAccount("endpoint", endpoint, region, null, control);
    String account = Guardrails.check(new Guardrail(allowedAccounts, Set.of(region)), unchecked);
    return new TargetAccount("endpoint", endpoint, region, account, control);
  }

  private static String region() {
    String region = System.getenv("AWS_REGION");
    if (region == null || region.isBlank()) {
      region = System.getenv("AWS_DEFAULT_REGION");
    }
    return region == null || region.isBlank() ? "us-east-1" : region;
  }
}
