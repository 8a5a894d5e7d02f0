package io.firedrill.sandbox.iam;

import java.time.Instant;
import java.util.List;

/**
 * A managed policy, customer managed or AWS managed, with its versions.
 *
 * @param name the policy name
 * @param policyId the unique id, {@code ANPA...}
 * @param arn the ARN
 * @param path the path
 * @param description the description, or null
 * @param created when it was created, to the second
 * @param updated when its default version last changed
 * @param defaultVersionId the version in force, e.g. {@code v2}
 * @param versions its versions, oldest first
 * @param nextVersion the number the next version gets: IAM never reuses a version id
 * @param tags the policy's tags
 */
record ManagedPolicy(
    String name,
    String policyId,
    String arn,
    String path,
    String description,
    Instant created,
    Instant updated,
    String defaultVersionId,
    List<PolicyVersion> versions,
    int nextVersion,
    List<Tag> tags) {

  ManagedPolicy {
    versions = List.copyOf(versions);
    tags = List.copyOf(tags);
  }

  boolean awsManaged() {
    return arn.startsWith("arn:aws:iam::aws:");
  }

  PolicyVersion defaultVersion() {
    return version(defaultVersionId);
  }

  /** The version with this id, or null. */
  PolicyVersion version(String versionId) {
    return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst().orElse(null);
  }

  ManagedPolicy withVersions(
      List<PolicyVersion> newVersions, String newDefault, int newNext, Instant newUpdated) {
    return new ManagedPolicy(
        name,
        policyId,
        arn,
        path,
        description,
        created,
        newUpdated,
        newDefault,
        newVersions,
        newNext,
        tags);
  }

  /**
   * One version of a managed policy.
   *
   * @param versionId e.g. {@code v1}
   * @param document the document, as the JSON text it was given as
   * @param created when the version was created
   */
  record PolicyVersion(String versionId, String document, Instant created) {}
}
