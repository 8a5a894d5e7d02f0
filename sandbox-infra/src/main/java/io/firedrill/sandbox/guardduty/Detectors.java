package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account's detectors, at most one per region, and what belongs to each: its findings, its
 * filters and its threat intel sets, all deleted with it as on AWS.
 */
final class Detectors {

  private final Map<String, Detector> byRegion = new HashMap<>();
  private final Map<String, FindingStore> findings = new HashMap<>();
  private final Map<String, Filters> filters = new HashMap<>();
  private final Map<String, ThreatIntelSets> threatIntelSets = new HashMap<>();
  private final List<BiConsumer<Instant, ObjectNode>> watchers = new CopyOnWriteArrayList<>();

  /** Tells {@code watcher} of every finding raised or updated: when it is visible, and its JSON. */
  void watch(BiConsumer<Instant, ObjectNode> watcher) {
    watchers.add(watcher);
  }

  private void changed(Finding finding) {
    if (!watchers.isEmpty()) {
      Instant visibleAt = finding.saved().visibleAt();
      ObjectNode json = finding.toJson();
      watchers.forEach(watcher -> watcher.accept(visibleAt, json));
    }
  }

  synchronized Detector create(
      String region,
      String accountId,
      boolean enabled,
      String frequency,
      Map<String, String> tags,
      Instant at) {
    if (byRegion.containsKey(region)) {
      throw GuardDutyErrors.detectorExists();
    }
    Detector detector = new Detector(newId(), region, accountId, enabled, frequency, tags, at, at);
    attach(detector);
    return detector;
  }

  private void attach(Detector detector) {
    byRegion.put(detector.region(), detector);
    Filters own = new Filters();
    filters.put(detector.id(), own);
    findings.put(detector.id(), new FindingStore(own, this::changed));
    threatIntelSets.put(detector.id(), new ThreatIntelSets());
  }

  /** The detector {@code id} in {@code region}; any other is not the caller's. */
  synchronized Detector get(String id, String region) {
    Detector detector = byRegion.get(region);
    if (detector == null || !detector.id().equals(id)) {
      throw GuardDutyErrors.detectorNotOwned();
    }
    return detector;
  }

  /** The detector whose ARN is {@code arn}, if there is one. */
  synchronized Optional<Detector> byArn(String arn) {
    return byRegion.values().stream().filter(d -> d.arn().equals(arn)).findFirst();
  }

  synchronized void saveInto(GuardDutyState.Builder state) {
    for (Detector detector : byRegion.values()) {
      state.detectors.add(detector);
      state.findings.put(detector.id(), findings.get(detector.id()).snapshot());
      state.filters.put(detector.id(), filters.get(detector.id()).snapshot());
      state.threatIntelSets.put(detector.id(), threatIntelSets.get(detector.id()).snapshot());
    }
  }

  // A finding whose type the code no longer has is dropped: nothing could describe it.
  synchronized void restore(GuardDutyState state) {
    byRegion.clear();
    findings.clear();
    filters.clear();
    threatIntelSets.clear();
    for (Detector detector : state.detectors()) {
      attach(detector);
      state
          .filters()
          .getOrDefault(detector.id(), List.of())
          .forEach(filters.get(detector.id())::put);
      state
          .threatIntelSets()
          .getOrDefault(detector.id(), List.of())
          .forEach(threatIntelSets.get(detector.id())::put);
      FindingStore store = findings.get(detector.id());
      for (GuardDutyState.SavedFinding saved :
          state.findings().getOrDefault(detector.id(), List.of())) {
        Finding finding = Finding.restored(saved, detector);
        if (finding != null) {
          store.restore(finding);
        }
      }
    }
  }

  synchronized Optional<Detector> inRegion(String region) {
    return Optional.ofNullable(byRegion.get(region));
  }

  synchronized List<String> ids(String region) {
    Detector detector = byRegion.get(region);
    return detector == null ? List.of() : new ArrayList<>(List.of(detector.id()));
  }

  synchronized Detector update(String id, String region, Boolean enable, String freq, Instant at) {
    Detector updated = get(id, region).updated(enable, freq, at);
    byRegion.put(region, updated);
    return updated;
  }

  synchronized void retag(Detector detector, Map<String, String> tags) {
    byRegion.put(detector.region(), detector.withTags(tags));
  }

  /** Deletes the detector and, as on AWS, every finding, filter and set it had. */
  synchronized void delete(String id, String region) {
    get(id, region);
    byRegion.remove(region);
    findings.remove(id);
    filters.remove(id);
    threatIntelSets.remove(id);
  }

  synchronized FindingStore findings(String detectorId) {
    return findings.get(detectorId);
  }

  synchronized Filters filters(String detectorId) {
    return filters.get(detectorId);
  }

  synchronized ThreatIntelSets threatIntelSets(String detectorId) {
    return threatIntelSets.get(detectorId);
  }

  /** 32 lower-case hex digits, the shape of detector and finding ids. */
  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
