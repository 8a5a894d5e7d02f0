package io.firedrill.sandbox.auth;

import java.util.Objects;

/**
 * An access key as the signature check needs it.
 *
 * @param accessKeyId the key id
 * @param secretAccessKey the secret, used only to recompute signatures
 * @param active whether the key may sign requests
 * @param caller who a request signed with this key comes from
 */
public record Credential(
    String accessKeyId, String secretAccessKey, boolean active, Caller caller) {

  public Credential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(caller, "caller");
  }

  // A record prints every component; a secret must never reach a log line.
  @Override
  public String toString() {
    return "Credential[accessKeyId=" + accessKeyId + ", active=" + active + "]";
  }
}
