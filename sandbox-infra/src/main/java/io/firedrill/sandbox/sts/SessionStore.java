package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.auth.AccessKeyIds;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The temporary credentials STS has issued, for the signature check to find. Expired sessions stay,
 * so that their use is answered ExpiredToken rather than as an unknown key, as AWS answers.
 * Thread-safe.
 */
public final class SessionStore implements CredentialStore {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  // About the length of the session tokens AWS issues today.
  private static final int TOKEN_BYTES = 600;

  private final String accountId;
  private final Map<String, Credential> sessions = new HashMap<>();

  public SessionStore(String accountId) {
    this.accountId = accountId;
  }

  /** The sessions issued, secrets and tokens included, to persist across a restart. */
  public synchronized List<Credential> snapshot() {
    return List.copyOf(sessions.values());
  }

  /** Replaces the sessions with {@code state}, as {@link #snapshot()} took them. */
  public synchronized void restore(List<Credential> state) {
    sessions.clear();
    state.forEach(credential -> sessions.put(credential.accessKeyId(), credential));
  }

  @Override
  public synchronized Optional<Credential> find(String accessKeyId) {
    return Optional.ofNullable(sessions.get(accessKeyId));
  }

  /**
   * Issues credentials for a caller that {@code identity} describes, keyed by a new {@code ASIA}
   * key id it is given.
   */
  synchronized Credential issue(Identity identity, Instant expiration) {
    String keyId;
    do {
      keyId = AccessKeyIds.generate("ASIA", accountId, 0);
    } while (sessions.containsKey(keyId));
    Credential credential =
        new Credential(keyId, secret(), true, identity.as(keyId), token(), expiration);
    sessions.put(keyId, credential);
    return credential;
  }

  /** Who a session's requests come from, once the session has its key id. */
  @FunctionalInterface
  interface Identity {
    Caller as(String accessKeyId);
  }

  private static String secret() {
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      out.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
    }
    return out.toString();
  }

  private static String token() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
