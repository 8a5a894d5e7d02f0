package io.firedrill.sandbox.baseline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * What applying a baseline produced.
 *
 * @param accountId the account it was applied to
 * @param accessKeys the new access keys, by user name (only users with {@code accessKey: true})
 * @param trailArns the ARNs of the trails created, in baseline order
 * @param roleArns the ARNs of the roles created, by role name
 */
public record AppliedBaseline(
    String accountId,
    Map<String, AwsBasicCredentials> accessKeys,
    List<String> trailArns,
    Map<String, String> roleArns) {

  public AppliedBaseline {
    Objects.requireNonNull(accountId, "accountId");
    accessKeys = Map.copyOf(accessKeys);
    trailArns = List.copyOf(trailArns);
    roleArns = Map.copyOf(roleArns);
  }

  /** What applying a baseline without roles produced. */
  public AppliedBaseline(
      String accountId, Map<String, AwsBasicCredentials> accessKeys, List<String> trailArns) {
    this(accountId, accessKeys, trailArns, Map.of());
  }
}
