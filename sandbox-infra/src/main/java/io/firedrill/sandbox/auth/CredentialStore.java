package io.firedrill.sandbox.auth;

import java.util.Optional;

/** Where the signature check finds access keys; IAM is the store. */
@FunctionalInterface
public interface CredentialStore {

  /** The key with this id, active or not, or empty when there is none. */
  Optional<Credential> find(String accessKeyId);
}
