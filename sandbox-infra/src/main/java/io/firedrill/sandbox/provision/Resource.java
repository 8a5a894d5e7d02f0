package io.firedrill.sandbox.provision;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing provisioning created. Never holds a secret.
 *
 * @param kind what it is
 * @param id how AWS names it (see {@link Kind} for which identifier each kind uses)
 * @param attributes what else removing it needs, such as the user an access key belongs to
 */
public record Resource(Kind kind, String id, Map<String, String> attributes) {

  public Resource {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a " + kind + " resource needs an id");
    }
    attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
  }

  static Resource of(Kind kind, String id) {
    return new Resource(kind, id, Map.of());
  }

  static Resource of(Kind kind, String id, String key, String value) {
    return new Resource(kind, id, Map.of(key, value));
  }

  String attribute(String key) {
    return attributes.get(key);
  }

  /** How the resource reads in a report line. */
  String describe() {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return attributes.isEmpty()
        ? name + " " + id
        : name + " " + id + " " + new TreeMap<>(attributes);
  }
}
