package io.firedrill.sandbox.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An access key as the signature check needs it.
 *
 * @param accessKeyId the key id
 * @param secretAccessKey the secret, used only to recompute signatures
 * @param active whether the key may sign requests
 * @param caller who a request signed with this key comes from
 * @param sessionToken the token a temporary key must be sent with, or null for a long-term key
 * @param expiration when a temporary key stops working, or null for a long-term key
 */
public record Credential(
    String accessKeyId,
    String secretAccessKey,
    boolean active,
    Caller caller,
    String sessionToken,
    Instant expiration) {

  public Credential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(caller, "caller");
    if ((sessionToken == null) != (expiration == null)) {
      throw new IllegalArgumentException("a temporary key has both a token and an expiration");
    }
  }

  /** A long-term key. */
  public Credential(String accessKeyId, String secretAccessKey, boolean active, Caller caller) {
    this(accessKeyId, secretAccessKey, active, caller, null, null);
  }

  /** Whether this is a temporary key, which needs its session token. */
  public boolean temporary() {
    return sessionToken != null;
  }

  // A record prints every component; a secret or token must never reach a log line.
  @Override
  public String toString() {
    return "Credential[accessKeyId="
        + accessKeyId
        + ", active="
        + active
        + (temporary() ? ", expires " + expiration : "")
        + "]";
  }
}
