package io.firedrill.sandbox.guardduty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One detector's threat intel sets, and the address test against the active ones. */
final class ThreatIntelSets {

  /** GuardDuty's quota of threat intel sets per detector. */
  static final int MAX_SETS = 6;

  private final Map<String, ThreatIntelSet> byId = new LinkedHashMap<>();
  private final Map<String, IpBlocks> blocks = new HashMap<>();

  synchronized int size() {
    return byId.size();
  }

  synchronized void put(ThreatIntelSet set) {
    byId.put(set.id(), set);
    IpBlocks read;
    try {
      read = set.active() ? IpBlocks.of(set.entries()) : IpBlocks.none();
    } catch (IllegalArgumentException e) {
      read = IpBlocks.none();
    }
    blocks.put(set.id(), read);
  }

  synchronized Optional<ThreatIntelSet> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }

  synchronized boolean remove(String id) {
    blocks.remove(id);
    return byId.remove(id) != null;
  }

  /** The name of the first active set listing {@code ip}, if any. */
  synchronized Optional<String> listing(String ip) {
    for (ThreatIntelSet set : byId.values()) {
      if (set.active() && blocks.get(set.id()).contains(ip)) {
        return Optional.of(set.name());
      }
    }
    return Optional.empty();
  }

  synchronized List<ThreatIntelSet> snapshot() {
    return List.copyOf(byId.values());
  }
}
