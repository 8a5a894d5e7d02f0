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

/** The account's detectors, at most one per region, and each detector's findings. */
final class Detectors {

  private final Map<String, Detector> byRegion = new HashMap<>();
  private final Map<String, FindingStore> findings = new HashMap<>();
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
    byRegion.put(region, detector);
    findings.put(detector.id(), new FindingStore(this::changed));
    return detector;
  }

  /** The detector {@code id} in {@code region}; any other is not the caller's. */
  synchronized Detector get(String id, String region) {
    Detector detector = byRegion.get(region);
    if (detector == null || !detector.id().equals(id)) {
      throw GuardDutyErrors.detectorNotOwned();
    }
    return detector;
  }

  synchronized GuardDutyState snapshot(List<String> seen) {
    Map<String, List<GuardDutyState.SavedFinding>> saved = new HashMap<>();
    findings.forEach((id, store) -> saved.put(id, store.snapshot()));
    return new GuardDutyState(List.copyOf(byRegion.values()), saved, seen);
  }

  // A finding whose rule the code no longer has is dropped: nothing could describe it.
  synchronized void restore(GuardDutyState state) {
    byRegion.clear();
    findings.clear();
    for (Detector detector : state.detectors()) {
      byRegion.put(detector.region(), detector);
      FindingStore store = new FindingStore(this::changed);
      for (GuardDutyState.SavedFinding saved :
          state.findings().getOrDefault(detector.id(), List.of())) {
        Finding finding = Finding.restored(saved, detector);
        if (finding != null) {
          store.add(finding);
        }
      }
      findings.put(detector.id(), store);
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

  /** Deletes the detector and, as on AWS, every finding it raised. */
  synchronized void delete(String id, String region) {
    get(id, region);
    byRegion.remove(region);
    findings.remove(id);
  }

  synchronized FindingStore findings(String detectorId) {
    return findings.get(detectorId);
  }

  /** 32 lower-case hex digits, the shape of detector and finding ids. */
  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
