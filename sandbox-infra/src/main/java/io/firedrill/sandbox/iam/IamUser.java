package io.firedrill.sandbox.iam;

import java.time.Instant;
import java.util.List;

/**
 * An IAM user.
 *
 * @param name the user name, as created (IAM compares names case-insensitively)
 * @param userId the unique id, {@code AIDA...}
 * @param path the path, {@code /} unless given
 * @param arn the ARN
 * @param created when the user was created, to the second
 * @param tags the user's tags
 */
record IamUser(
    String name, String userId, String path, String arn, Instant created, List<Tag> tags) {

  IamUser {
    tags = List.copyOf(tags);
  }
}
