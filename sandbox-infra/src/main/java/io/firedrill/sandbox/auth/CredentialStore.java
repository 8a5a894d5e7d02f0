package io.firedrill.sandbox.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the signature check finds access keys: IAM's long-term keys, STS's temporary ones. */
@FunctionalInterface
public interface CredentialStore {

  /** The key with this id, active or not, or empty when there is none. */
  Optional<Credential> find(String accessKeyId);

  /**
   * Notes that the key signed an authenticated request, for IAM's GetAccessKeyLastUsed. Stores that
   * track nothing ignore it.
   */
  default void used(String accessKeyId, Instant at, String service, String region) {}

  /** A store that asks each of {@code stores} in turn. */
  static CredentialStore firstOf(CredentialStore... stores) {
    List<CredentialStore> all = List.of(stores);
    return new CredentialStore() {
      @Override
      public Optional<Credential> find(String accessKeyId) {
        for (CredentialStore store : all) {
          Optional<Credential> found = store.find(accessKeyId);
          if (found.isPresent()) {
            return found;
          }
        }
        return Optional.empty();
      }

      @Override
      public void used(String accessKeyId, Instant at, String service, String region) {
        all.forEach(store -> store.used(accessKeyId, at, service, region));
      }
    };
  }
}
