package io.firedrill.sandbox.iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The account's IAM groups and their members. Holds the {@link IamStore}'s lock. */
final class Groups {

  /** Groups one user may belong to: IAM's quota. */
  static final int MAX_GROUPS_PER_USER = 10;

  private final IamStore store;
  private final Map<String, IamGroup> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  // By lower-case group name: the members' user names, as created, in the order they joined.
  private final Map<String, Set<String>> members = new HashMap<>();

  Groups(IamStore store) {
    this.store = store;
  }

  IamState.GroupState snapshot() {
    synchronized (store) {
      Map<String, List<String>> joined = new HashMap<>();
      members.forEach((group, users) -> joined.put(group, List.copyOf(users)));
      return new IamState.GroupState(List.copyOf(groups.values()), joined);
    }
  }

  void restore(IamState.GroupState state) {
    synchronized (store) {
      groups.clear();
      state.groups().forEach(group -> groups.put(group.name(), group));
      members.clear();
      state.members().forEach((group, users) -> members.put(group, new LinkedHashSet<>(users)));
    }
  }

  IamGroup create(String name, String path) {
    synchronized (store) {
      if (groups.containsKey(name)) {
        throw IamErrors.groupExists(name);
      }
      String arn = "arn:aws:iam::" + store.accountId() + ":group" + path + name;
      IamGroup group = new IamGroup(name, Ids.groupId(store.accountId()), path, arn, store.now());
      groups.put(name, group);
      return group;
    }
  }

  IamGroup group(String name) {
    synchronized (store) {
      IamGroup group = groups.get(name);
      if (group == null) {
        throw IamErrors.noSuchGroup(name);
      }
      return group;
    }
  }

  IamGroup find(String name) {
    synchronized (store) {
      return groups.get(name);
    }
  }

  List<IamGroup> all(String pathPrefix) {
    synchronized (store) {
      return groups.values().stream().filter(g -> g.path().startsWith(pathPrefix)).toList();
    }
  }

  void delete(String name) {
    synchronized (store) {
      IamGroup group = group(name);
      if (!members.getOrDefault(key(group.name()), Set.of()).isEmpty()) {
        throw IamErrors.deleteConflict("Cannot delete entity, must remove users from group first.");
      }
      store.permissions().checkDeletable(Permissions.Kind.GROUP, group.name());
      store.permissions().forget(Permissions.Kind.GROUP, group.name());
      members.remove(key(group.name()));
      groups.remove(name);
    }
  }

  /** Adds a user; adding a member again changes nothing, as in IAM. */
  void add(String groupName, String userName) {
    synchronized (store) {
      IamGroup group = group(groupName);
      IamUser user = store.user(userName);
      Set<String> current = members.computeIfAbsent(key(group.name()), k -> new LinkedHashSet<>());
      if (current.contains(user.name())) {
        return;
      }
      if (groupsOf(user.name()).size() >= MAX_GROUPS_PER_USER) {
        throw IamErrors.quota("GroupsPerUser", MAX_GROUPS_PER_USER);
      }
      current.add(user.name());
    }
  }

  void remove(String groupName, String userName) {
    synchronized (store) {
      IamGroup group = group(groupName);
      IamUser user = store.user(userName);
      Set<String> current = members.get(key(group.name()));
      if (current == null || !current.remove(user.name())) {
        throw IamErrors.notInGroup(user.name(), group.name());
      }
    }
  }

  List<IamUser> members(String groupName) {
    synchronized (store) {
      IamGroup group = group(groupName);
      List<IamUser> users = new ArrayList<>();
      for (String name : members.getOrDefault(key(group.name()), Set.of())) {
        store.findUser(name).ifPresent(users::add);
      }
      return users;
    }
  }

  /** The groups a user belongs to, in group-name order. */
  List<IamGroup> groupsOf(String userName) {
    synchronized (store) {
      List<IamGroup> found = new ArrayList<>();
      for (IamGroup group : groups.values()) {
        if (members.getOrDefault(key(group.name()), Set.of()).contains(userName)) {
          found.add(group);
        }
      }
      return found;
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
