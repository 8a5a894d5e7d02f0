package io.firedrill.sandbox.guardduty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/** One detector's saved filters, by name, and the suppression test of its ARCHIVE ones. */
final class Filters {

  /** GuardDuty's quota of filters per detector. */
  static final int MAX_FILTERS = 100;

  private final Map<String, FindingFilter> byName = new LinkedHashMap<>();
  private final Map<String, Predicate<ObjectNode>> tests = new LinkedHashMap<>();

  synchronized int size() {
    return byName.size();
  }

  /** Adds or replaces the filter; its criteria were checked by {@link FindingCriteria#of}. */
  synchronized void put(FindingFilter filter) {
    byName.put(filter.name(), filter);
    tests.put(filter.name(), FindingCriteria.of(filter.findingCriteria()));
  }

  synchronized Optional<FindingFilter> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  synchronized boolean remove(String name) {
    tests.remove(name);
    return byName.remove(name) != null;
  }

  /** Names by rank, then by name. */
  synchronized List<String> names() {
    return byName.values().stream()
        .sorted(Comparator.comparingInt(FindingFilter::rank).thenComparing(FindingFilter::name))
        .map(FindingFilter::name)
        .toList();
  }

  /** Whether an ARCHIVE filter matches {@code finding}: it is then suppressed. */
  synchronized boolean suppresses(ObjectNode finding) {
    for (FindingFilter filter : byName.values()) {
      if (filter.archives() && tests.get(filter.name()).test(finding)) {
        return true;
      }
    }
    return false;
  }

  synchronized List<FindingFilter> snapshot() {
    return new ArrayList<>(byName.values());
  }
}
