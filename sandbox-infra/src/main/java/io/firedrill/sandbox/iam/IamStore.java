package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's IAM users and access keys, and the credential store the signature check uses.
 * Thread-safe: every method holds the store's lock, which is cheap at sandbox traffic levels.
 */
public final class IamStore implements CredentialStore {

  static final int MAX_KEYS_PER_USER = 2;

  private final String accountId;
  private final Clock clock;
  // IAM names are unique without regard to case, and ListUsers answers in name order.
  private final Map<String, IamUser> users = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, AccessKey> keys = new LinkedHashMap<>();

  public IamStore(String accountId, Clock clock) {
    this.accountId = accountId;
    this.clock = clock;
  }

  /** The account the users belong to. */
  public String accountId() {
    return accountId;
  }

  /**
   * Creates {@code userName} with one active key, without an API call and so without an event: the
   * sandbox's own control identity exists before anyone could have created it.
   */
  public synchronized Credential bootstrap(String userName) {
    createUser(userName, "/", List.of());
    AccessKey key = createKey(userName);
    return credential(key);
  }

  @Override
  public synchronized Optional<Credential> find(String accessKeyId) {
    return Optional.ofNullable(keys.get(accessKeyId)).map(this::credential);
  }

  synchronized IamUser createUser(String name, String path, List<Tag> tags) {
    if (users.containsKey(name)) {
      throw IamErrors.userExists(name);
    }
    String arn = "arn:aws:iam::" + accountId + ":user" + path + name;
    IamUser user = new IamUser(name, Ids.userId(), path, arn, now(), tags);
    users.put(name, user);
    return user;
  }

  synchronized IamUser user(String name) {
    IamUser user = users.get(name);
    if (user == null) {
      throw IamErrors.noSuchUser(name);
    }
    return user;
  }

  synchronized List<IamUser> users(String pathPrefix) {
    return users.values().stream().filter(u -> u.path().startsWith(pathPrefix)).toList();
  }

  synchronized void deleteUser(String name) {
    IamUser user = user(name);
    if (!keysOf(user.name()).isEmpty()) {
      throw IamErrors.userHasKeys();
    }
    users.remove(name);
  }

  synchronized AccessKey createKey(String userName) {
    IamUser user = user(userName);
    if (keysOf(user.name()).size() >= MAX_KEYS_PER_USER) {
      throw IamErrors.accessKeyQuota();
    }
    String id;
    do {
      id = Ids.accessKeyId();
    } while (keys.containsKey(id));
    AccessKey key = new AccessKey(id, Ids.secretAccessKey(), user.name(), true, now());
    keys.put(id, key);
    return key;
  }

  synchronized List<AccessKey> keysOf(String userName) {
    String canonical = user(userName).name();
    List<AccessKey> owned = new ArrayList<>();
    for (AccessKey key : keys.values()) {
      if (key.userName().equals(canonical)) {
        owned.add(key);
      }
    }
    return owned;
  }

  synchronized AccessKey updateKey(String userName, String accessKeyId, boolean active) {
    AccessKey updated = ownedKey(userName, accessKeyId).withActive(active);
    keys.put(accessKeyId, updated);
    return updated;
  }

  synchronized void deleteKey(String userName, String accessKeyId) {
    keys.remove(ownedKey(userName, accessKeyId).accessKeyId());
  }

  private AccessKey ownedKey(String userName, String accessKeyId) {
    String canonical = user(userName).name();
    AccessKey key = keys.get(accessKeyId);
    if (key == null || !key.userName().equals(canonical)) {
      throw IamErrors.noSuchAccessKey(accessKeyId);
    }
    return key;
  }

  private Credential credential(AccessKey key) {
    IamUser user = users.get(key.userName());
    Caller caller =
        Caller.iamUser(user.name(), user.userId(), user.arn(), accountId, key.accessKeyId());
    return new Credential(key.accessKeyId(), key.secretAccessKey(), key.active(), caller);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
