package io.firedrill.sandbox.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The account's IAM roles. Holds the {@link IamStore}'s lock. */
final class Roles {

  /** Tags one role may carry: IAM's quota. */
  static final int MAX_TAGS = 50;

  private final IamStore store;
  private final Map<String, IamRole> roles = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  Roles(IamStore store) {
    this.store = store;
  }

  List<IamRole> snapshot() {
    synchronized (store) {
      return List.copyOf(roles.values());
    }
  }

  void restore(List<IamRole> state) {
    synchronized (store) {
      roles.clear();
      state.forEach(role -> roles.put(role.name(), role));
    }
  }

  IamRole create(
      String name,
      String path,
      String trustPolicy,
      String description,
      int maxSessionDuration,
      List<Tag> tags) {
    synchronized (store) {
      if (roles.containsKey(name)) {
        throw IamErrors.roleExists(name);
      }
      String arn = "arn:aws:iam::" + store.accountId() + ":role" + path + name;
      IamRole role =
          new IamRole(
              name,
              Ids.roleId(store.accountId()),
              path,
              arn,
              store.now(),
              trustPolicy,
              description,
              maxSessionDuration,
              tags);
      roles.put(name, role);
      return role;
    }
  }

  IamRole role(String name) {
    synchronized (store) {
      IamRole role = roles.get(name);
      if (role == null) {
        throw IamErrors.noSuchRole(name);
      }
      return role;
    }
  }

  IamRole find(String name) {
    synchronized (store) {
      return roles.get(name);
    }
  }

  Optional<IamRole> byArn(String arn) {
    synchronized (store) {
      return roles.values().stream().filter(r -> r.arn().equals(arn)).findFirst();
    }
  }

  List<IamRole> all(String pathPrefix) {
    synchronized (store) {
      return roles.values().stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }
  }

  void delete(String name) {
    synchronized (store) {
      IamRole role = role(name);
      store.permissions().checkDeletable(Permissions.Kind.ROLE, role.name());
      store.permissions().forget(Permissions.Kind.ROLE, role.name());
      roles.remove(name);
    }
  }

  IamRole updateTrust(String name, String trustPolicy) {
    synchronized (store) {
      IamRole updated = role(name).withTrustPolicy(trustPolicy);
      roles.put(updated.name(), updated);
      return updated;
    }
  }

  IamRole update(String name, String description, int maxSessionDuration) {
    synchronized (store) {
      IamRole role = role(name);
      IamRole updated =
          new IamRole(
              role.name(),
              role.roleId(),
              role.path(),
              role.arn(),
              role.created(),
              role.trustPolicy(),
              description,
              maxSessionDuration,
              role.tags());
      roles.put(role.name(), updated);
      return updated;
    }
  }

  /** Adds or replaces tags by key; IAM's quota counts the tags the role ends up with. */
  void tag(String name, List<Tag> tags) {
    synchronized (store) {
      IamRole role = role(name);
      Map<String, Tag> merged = new LinkedHashMap<>();
      role.tags().forEach(t -> merged.put(t.key(), t));
      tags.forEach(t -> merged.put(t.key(), t));
      if (merged.size() > MAX_TAGS) {
        throw IamErrors.quota("TagsPerRole", MAX_TAGS);
      }
      roles.put(role.name(), role.withTags(new ArrayList<>(merged.values())));
    }
  }

  void untag(String name, List<String> keys) {
    synchronized (store) {
      IamRole role = role(name);
      List<Tag> kept = role.tags().stream().filter(t -> !keys.contains(t.key())).toList();
      roles.put(role.name(), role.withTags(kept));
    }
  }
}
