package io.firedrill.sandbox.iam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who has which policy: the managed policies attached to each user, group and role, their inline
 * policies, and their permissions boundaries. Kept apart from the entities, because IAM treats the
 * three kinds of principal alike here and differs only in quotas.
 */
final class Permissions {

  /** Managed policies attachable to one entity: IAM's default quota. */
  static final int MAX_ATTACHED = 10;

  /** The kinds of entity that hold policies, with IAM's quotas for each. */
  enum Kind {
    USER("user", "PoliciesPerUser", 2048),
    GROUP("group", "PoliciesPerGroup", 5120),
    ROLE("role", "PoliciesPerRole", 10240);

    final String word;
    final String attachedQuota;
    final int inlineBytes;

    Kind(String word, String attachedQuota, int inlineBytes) {
      this.word = word;
      this.attachedQuota = attachedQuota;
      this.inlineBytes = inlineBytes;
    }
  }

  private static final class Holder {
    final Set<String> attached = new LinkedHashSet<>();
    // Inline policy names, like entity names, are unique without regard to case.
    final Map<String, String> inline = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String boundary;
  }

  private final Object lock;
  private final Map<String, Holder> holders = new HashMap<>();

  Permissions(Object lock) {
    this.lock = lock;
  }

  Map<String, IamState.HolderState> snapshot() {
    synchronized (lock) {
      Map<String, IamState.HolderState> state = new HashMap<>();
      holders.forEach(
          (key, h) ->
              state.put(
                  key,
                  new IamState.HolderState(
                      List.copyOf(h.attached), Map.copyOf(h.inline), h.boundary)));
      return state;
    }
  }

  void restore(Map<String, IamState.HolderState> state) {
    synchronized (lock) {
      holders.clear();
      state.forEach(
          (key, saved) -> {
            Holder holder = new Holder();
            holder.attached.addAll(saved.attached());
            holder.inline.putAll(saved.inline());
            holder.boundary = saved.boundary();
            holders.put(key, holder);
          });
    }
  }

  /** Attaches a managed policy; attaching one already attached changes nothing, as in IAM. */
  void attach(Kind kind, String name, String policyArn) {
    synchronized (lock) {
      Holder holder = holder(kind, name);
      if (!holder.attached.contains(policyArn) && holder.attached.size() >= MAX_ATTACHED) {
        throw IamErrors.quota(kind.attachedQuota, MAX_ATTACHED);
      }
      holder.attached.add(policyArn);
    }
  }

  void detach(Kind kind, String name, String policyArn) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      if (holder == null || !holder.attached.remove(policyArn)) {
        throw IamErrors.noSuchPolicy(policyArn);
      }
    }
  }

  List<String> attached(Kind kind, String name) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      return holder == null ? List.of() : List.copyOf(holder.attached);
    }
  }

  /** Puts an inline policy; IAM's quota is on the entity's inline policies together. */
  void putInline(Kind kind, String name, String policyName, String document) {
    synchronized (lock) {
      Holder holder = holder(kind, name);
      int total = PolicyText.size(document);
      for (Map.Entry<String, String> other : holder.inline.entrySet()) {
        if (!other.getKey().equalsIgnoreCase(policyName)) {
          total += PolicyText.size(other.getValue());
        }
      }
      if (total > kind.inlineBytes) {
        throw IamErrors.inlineSizeQuota(kind.word, name, kind.inlineBytes);
      }
      holder.inline.remove(policyName);
      holder.inline.put(policyName, document);
    }
  }

  /** The inline policy's name as put and its document. */
  Map.Entry<String, String> inline(Kind kind, String name, String policyName) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      if (holder != null) {
        for (Map.Entry<String, String> entry : holder.inline.entrySet()) {
          if (entry.getKey().equalsIgnoreCase(policyName)) {
            return Map.entry(entry.getKey(), entry.getValue());
          }
        }
      }
      throw IamErrors.noSuchInline(kind.word, policyName);
    }
  }

  void deleteInline(Kind kind, String name, String policyName) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      if (holder == null || holder.inline.remove(policyName) == null) {
        throw IamErrors.noSuchInline(kind.word, policyName);
      }
    }
  }

  /** The inline policies by name, in name order. */
  Map<String, String> inlines(Kind kind, String name) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      return holder == null ? Map.of() : new TreeMap<>(holder.inline);
    }
  }

  void setBoundary(Kind kind, String name, String policyArn) {
    synchronized (lock) {
      holder(kind, name).boundary = policyArn;
    }
  }

  /** The boundary's ARN, or null when the entity has none. */
  String boundary(Kind kind, String name) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      return holder == null ? null : holder.boundary;
    }
  }

  void clearBoundary(Kind kind, String name) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      if (holder == null || holder.boundary == null) {
        throw IamErrors.noBoundary(kind.word, name);
      }
      holder.boundary = null;
    }
  }

  /** Throws the DeleteConflict IAM answers while an entity still has policies. */
  void checkDeletable(Kind kind, String name) {
    synchronized (lock) {
      Holder holder = holders.get(key(kind, name));
      if (holder == null) {
        return;
      }
      if (!holder.attached.isEmpty()) {
        throw IamErrors.deleteConflict("Cannot delete entity, must detach all policies first.");
      }
      if (!holder.inline.isEmpty()) {
        throw IamErrors.deleteConflict("Cannot delete entity, must delete policies first.");
      }
    }
  }

  /** Drops what is left of a deleted entity (its boundary, which does not block deletion). */
  void forget(Kind kind, String name) {
    synchronized (lock) {
      holders.remove(key(kind, name));
    }
  }

  /** How many entities have the policy attached. */
  int attachmentCount(String policyArn) {
    synchronized (lock) {
      return (int) holders.values().stream().filter(h -> h.attached.contains(policyArn)).count();
    }
  }

  /** How many entities have the policy as their permissions boundary. */
  int boundaryCount(String policyArn) {
    synchronized (lock) {
      return (int) holders.values().stream().filter(h -> policyArn.equals(h.boundary)).count();
    }
  }

  /** Every policy ARN attached or used as a boundary anywhere. */
  List<String> inUse() {
    synchronized (lock) {
      Set<String> arns = new LinkedHashSet<>();
      for (Holder holder : holders.values()) {
        arns.addAll(holder.attached);
        if (holder.boundary != null) {
          arns.add(holder.boundary);
        }
      }
      return new ArrayList<>(arns);
    }
  }

  private Holder holder(Kind kind, String name) {
    return holders.computeIfAbsent(key(kind, name), k -> new Holder());
  }

  private static String key(Kind kind, String name) {
    return kind.word + ":" + name.toLowerCase(Locale.ROOT);
  }
}
