package io.firedrill.shell.exercise;

import io.firedrill.injector.guardrail.Guardrail;
import io.firedrill.injector.guardrail.TargetRefusedException;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * An account that outlives the run, reached the way the AWS CLI reaches it: a {@code firedrill
 * sandbox up} in another terminal, where the blue team responds with the AWS CLI, a real AWS
 * account, or a LocalStack.
 */
final class EndpointTarget {

  private EndpointTarget() {}

  /**
   * Resolves the credentials and region, and lets the guardrail ask which account they reach before
   * anything else is done there.
   *
   * @param allowedAccounts the account allow-list; there is no default, except LocalStack's own
   *     account for LocalStack's test credentials
   * @throws TargetRefusedException when there are no credentials, the allow-list is empty or the
   *     account is not on it
   */
  static TargetAccount open(TargetChoice choice, Set<String> allowedAccounts) {
    Map<String, String> env = System.getenv();
    if (allowedAccounts.isEmpty() && choice.kind() == TargetChoice.Kind.LOCALSTACK) {
      allowedAccounts = Set.of(TargetChoice.LOCALSTACK_ACCOUNT);
    }
    String where = choice.describe();
    if (allowedAccounts.isEmpty()) {
      throw new TargetRefusedException(
          "no account is allow-listed for "
              + where
              + ": pass --allow-account with the account id the exercise may change"
              + " (for 'firedrill sandbox up', 000000000000); nothing was injected");
    }
    AwsCredentials control;
    try {
      control = credentials(choice).resolveCredentials();
    } catch (SdkClientException e) {
      throw new TargetRefusedException(
          "no AWS credentials for "
              + where
              + (choice.profile() != null
                  ? " in profile '" + choice.profile() + "' (" + e.getMessage() + ")"
                  : " in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a"
                      + " profile; 'firedrill sandbox up' prints them for its admin)")
              + "; nothing was injected");
    }
    String region = region(choice, env);
    TargetAccount unchecked =
        new TargetAccount(kind(choice), choice.endpoint(), region, null, control);
    String account = Guardrails.check(new Guardrail(allowedAccounts, Set.of(region)), unchecked);
    return new TargetAccount(kind(choice), choice.endpoint(), region, account, control);
  }

  private static String kind(TargetChoice choice) {
    return choice.kind() == TargetChoice.Kind.ENDPOINT
        ? "endpoint"
        : choice.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static AwsCredentialsProvider credentials(TargetChoice choice) {
    return switch (choice.kind()) {
      // LocalStack accepts any key; "test" is the one its documentation and tools use.
      case LOCALSTACK -> () -> AwsBasicCredentials.create("test", "test");
      case AWS ->
          choice.profile() != null
              ? ProfileCredentialsProvider.create(choice.profile())
              : DefaultCredentialsProvider.builder().build();
      default -> DefaultCredentialsProvider.builder().build();
    };
  }

  /** AWS_REGION, AWS_DEFAULT_REGION, then the profile's region, as the AWS CLI looks. */
  static String region(TargetChoice choice, Map<String, String> env) {
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String region = env.get(name);
      if (region != null && !region.isBlank()) {
        return region.strip();
      }
    }
    if (choice.kind() == TargetChoice.Kind.AWS) {
      try {
        String fromProfile = new AwsProfileRegionProvider(null, choice.profile()).getRegion().id();
        if (fromProfile != null) {
          return fromProfile;
        }
      } catch (SdkClientException e) {
        // No region in the profile: the default below, as for the other targets.
      }
    }
    return "us-east-1";
  }
}
