package io.firedrill.sandbox.iam;

import java.time.Instant;
import java.util.List;

/**
 * An IAM role. Its policies are kept by the store, beside it.
 *
 * @param name the role name, as created (IAM compares names case-insensitively)
 * @param roleId the unique id, {@code AROA...}
 * @param path the path, {@code /} unless given
 * @param arn the ARN
 * @param created when the role was created, to the second
 * @param trustPolicy the assume-role policy document, as the JSON text it was given as
 * @param description the description, or null
 * @param maxSessionDuration the longest session AssumeRole may grant, in seconds
 * @param tags the role's tags
 */
public record IamRole(
    String name,
    String roleId,
    String path,
    String arn,
    Instant created,
    String trustPolicy,
    String description,
    int maxSessionDuration,
    List<Tag> tags) {

  public IamRole {
    tags = List.copyOf(tags);
  }

  IamRole withTrustPolicy(String document) {
    return new IamRole(
        name, roleId, path, arn, created, document, description, maxSessionDuration, tags);
  }

  IamRole withTags(List<Tag> newTags) {
    return new IamRole(
        name, roleId, path, arn, created, trustPolicy, description, maxSessionDuration, newTags);
  }
}
