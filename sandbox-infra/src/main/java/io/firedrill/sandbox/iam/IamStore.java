package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's IAM state, and the credential store the signature check uses: users, their access
 * keys and login profiles here; groups, roles, managed policies and who has which policy in the
 * feature stores beside it ({@link #groups()}, {@link #roles()}, {@link #policies()}, {@link
 * #permissions()}).
 *
 * <p>Thread-safe: every store holds this object's lock while it reads or writes, so that the checks
 * IAM makes across entities (a user still in a group cannot be deleted) see one consistent state.
 * One lock is cheap at sandbox traffic levels.
 */
public final class IamStore implements CredentialStore {

  static final int MAX_KEYS_PER_USER = 2;

  private final String accountId;
  private final Clock clock;
  // IAM names are unique without regard to case, and lists answer in name order.
  private final Map<String, IamUser> users = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, AccessKey> keys = new LinkedHashMap<>();
  private final Map<String, LoginProfile> loginProfiles =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, KeyUse> keyUses = new HashMap<>();
  // The root user's key is no IAM user's: kept apart, no ListAccessKeys of any user shows it.
  private AccessKey rootKey;
  private final Permissions permissions;
  private final Groups groups;
  private final Roles roles;
  private final Policies policies;

  public IamStore(String accountId, Clock clock) {
    this.accountId = accountId;
    this.clock = clock;
    this.permissions = new Permissions(this);
    this.groups = new Groups(this);
    this.roles = new Roles(this);
    this.policies = new Policies(this);
  }

  /** The account the users belong to. */
  public String accountId() {
    return accountId;
  }

  /**
   * Creates {@code userName} with one active key and the managed policies {@code policyArns}
   * attached, without an API call and so without an event: the sandbox's own control identity
   * exists before anyone could have created it.
   */
  public synchronized Credential bootstrap(String userName, List<String> policyArns) {
    createUser(userName, "/", List.of());
    for (String arn : policyArns) {
      permissions.attach(Permissions.Kind.USER, userName, policies.attachable(arn).arn());
    }
    return credential(createKey(userName));
  }

  /**
   * The account root user's long-term key, created on first call (the sandbox asks at start, after
   * any restore) and kept by {@link #snapshot()}.
   */
  public synchronized Credential rootCredential() {
    if (rootKey == null) {
      rootKey = new AccessKey(newKeyId(), Ids.secretAccessKey(), "root", true, now());
    }
    return rootCredential(rootKey);
  }

  @Override
  public synchronized Optional<Credential> find(String accessKeyId) {
    if (rootKey != null && rootKey.accessKeyId().equals(accessKeyId)) {
      return Optional.of(rootCredential(rootKey));
    }
    return Optional.ofNullable(keys.get(accessKeyId)).map(this::credential);
  }

  @Override
  public synchronized void used(String accessKeyId, Instant at, String service, String region) {
    if (keys.containsKey(accessKeyId)) {
      keyUses.put(accessKeyId, new KeyUse(at.truncatedTo(ChronoUnit.SECONDS), service, region));
    }
  }

  /** Everything this store and the stores beside it hold, as plain data to persist. */
  public synchronized IamState snapshot() {
    return new IamState(
        List.copyOf(users.values()),
        List.copyOf(keys.values()),
        List.copyOf(loginProfiles.values()),
        Map.copyOf(keyUses),
        groups.snapshot(),
        roles.snapshot(),
        policies.snapshot(),
        permissions.snapshot(),
        rootKey);
  }

  /** Replaces this store's content with {@code state}, as {@link #snapshot()} took it. */
  public synchronized void restore(IamState state) {
    users.clear();
    state.users().forEach(u -> users.put(u.name(), u));
    keys.clear();
    state.keys().forEach(k -> keys.put(k.accessKeyId(), k));
    loginProfiles.clear();
    state.loginProfiles().forEach(p -> loginProfiles.put(p.userName(), p));
    keyUses.clear();
    keyUses.putAll(state.keyUses());
    groups.restore(state.groups());
    roles.restore(state.roles());
    policies.restore(state.policies());
    permissions.restore(state.permissions());
    rootKey = state.rootKey();
  }

  /** The role with this ARN, for STS; empty when there is none. */
  public synchronized Optional<IamRole> roleByArn(String arn) {
    return roles.byArn(arn);
  }

  /** The document in force of the managed policy with this ARN, for STS's session policies. */
  public Optional<String> managedPolicyDocument(String arn) {
    return policies.find(arn).map(policy -> policy.defaultVersion().document());
  }

  Groups groups() {
    return groups;
  }

  Roles roles() {
    return roles;
  }

  Policies policies() {
    return policies;
  }

  Permissions permissions() {
    return permissions;
  }

  synchronized IamUser createUser(String name, String path, List<Tag> tags) {
    if (users.containsKey(name)) {
      throw IamErrors.userExists(name);
    }
    String arn = "arn:aws:iam::" + accountId + ":user" + path + name;
    IamUser user = new IamUser(name, Ids.userId(accountId), path, arn, now(), tags);
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

  synchronized Optional<IamUser> findUser(String name) {
    return Optional.ofNullable(users.get(name));
  }

  synchronized List<IamUser> users(String pathPrefix) {
    return users.values().stream().filter(u -> u.path().startsWith(pathPrefix)).toList();
  }

  // IAM refuses to delete a user that still has anything attached, each cause in its own words.
  synchronized void deleteUser(String name) {
    IamUser user = user(name);
    if (!keysOf(user.name()).isEmpty()) {
      throw IamErrors.userHasKeys();
    }
    if (loginProfiles.containsKey(user.name())) {
      throw IamErrors.deleteConflict("Cannot delete entity, must delete login profile first.");
    }
    if (!groups.groupsOf(user.name()).isEmpty()) {
      throw IamErrors.deleteConflict("Cannot delete entity, must remove users from group first.");
    }
    permissions.checkDeletable(Permissions.Kind.USER, user.name());
    permissions.forget(Permissions.Kind.USER, user.name());
    users.remove(name);
  }

  synchronized AccessKey createKey(String userName) {
    IamUser user = user(userName);
    if (keysOf(user.name()).size() >= MAX_KEYS_PER_USER) {
      throw IamErrors.accessKeyQuota();
    }
    AccessKey key = new AccessKey(newKeyId(), Ids.secretAccessKey(), user.name(), true, now());
    keys.put(key.accessKeyId(), key);
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
    keyUses.remove(accessKeyId);
  }

  /** A key of any user; empty when there is none. */
  synchronized Optional<AccessKey> anyKey(String accessKeyId) {
    return Optional.ofNullable(keys.get(accessKeyId));
  }

  /** The last request a key signed, or null when it has signed none. */
  synchronized KeyUse lastUse(String accessKeyId) {
    return keyUses.get(accessKeyId);
  }

  synchronized LoginProfile createLoginProfile(String userName, boolean resetRequired) {
    IamUser user = user(userName);
    if (loginProfiles.containsKey(user.name())) {
      throw IamErrors.loginProfileExists(user.name());
    }
    LoginProfile profile = new LoginProfile(user.name(), now(), resetRequired);
    loginProfiles.put(user.name(), profile);
    return profile;
  }

  synchronized LoginProfile loginProfile(String userName) {
    IamUser user = user(userName);
    LoginProfile profile = loginProfiles.get(user.name());
    if (profile == null) {
      throw IamErrors.noSuchLoginProfile(user.name());
    }
    return profile;
  }

  synchronized void updateLoginProfile(String userName, Boolean resetRequired) {
    LoginProfile profile = loginProfile(userName);
    if (resetRequired != null) {
      loginProfiles.put(
          profile.userName(),
          new LoginProfile(profile.userName(), profile.created(), resetRequired));
    }
  }

  synchronized void deleteLoginProfile(String userName) {
    loginProfiles.remove(loginProfile(userName).userName());
  }

  private AccessKey ownedKey(String userName, String accessKeyId) {
    String canonical = user(userName).name();
    AccessKey key = keys.get(accessKeyId);
    if (key == null || !key.userName().equals(canonical)) {
      throw IamErrors.noSuchAccessKey(accessKeyId);
    }
    return key;
  }

  private String newKeyId() {
    String id;
    do {
      id = Ids.accessKeyId(accountId);
    } while (keys.containsKey(id) || (rootKey != null && rootKey.accessKeyId().equals(id)));
    return id;
  }

  private Credential rootCredential(AccessKey key) {
    return new Credential(
        key.accessKeyId(),
        key.secretAccessKey(),
        key.active(),
        Caller.root(accountId, key.accessKeyId()));
  }

  private Credential credential(AccessKey key) {
    IamUser user = users.get(key.userName());
    Caller caller =
        Caller.iamUser(user.name(), user.userId(), user.arn(), accountId, key.accessKeyId());
    return new Credential(key.accessKeyId(), key.secretAccessKey(), key.active(), caller);
  }

  /** The store's clock, to the second, as IAM's dates are. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
