package io.firedrill.sandbox.iam;

import java.time.Instant;

/**
 * An IAM group. Its members and policies are kept by the store, beside it.
 *
 * @param name the group name, as created (IAM compares names case-insensitively)
 * @param groupId the unique id, {@code AGPA...}
 * @param path the path, {@code /} unless given
 * @param arn the ARN
 * @param created when the group was created, to the second
 */
record IamGroup(String name, String groupId, String path, String arn, Instant created) {}
