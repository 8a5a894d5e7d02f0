package io.firedrill.sandbox.iam;

import java.time.Instant;

/**
 * An access key.
 *
 * @param accessKeyId the key id
 * @param secretAccessKey the secret; leaves the sandbox once, in the CreateAccessKey response
 * @param userName the owning user's name
 * @param active whether the key may sign requests
 * @param created when the key was created, to the second
 */
record AccessKey(
    String accessKeyId, String secretAccessKey, String userName, boolean active, Instant created) {

  String status() {
    return active ? "Active" : "Inactive";
  }

  AccessKey withActive(boolean nowActive) {
    return new AccessKey(accessKeyId, secretAccessKey, userName, nowActive, created);
  }

  @Override
  public String toString() {
    return "AccessKey[" + accessKeyId + ", " + userName + ", " + status() + "]";
  }
}
