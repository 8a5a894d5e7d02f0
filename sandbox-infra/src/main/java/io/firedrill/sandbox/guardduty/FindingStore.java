package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * One detector's findings, in the order they were raised. A finding becomes visible at its
 * visibility time, so that a configured delay holds findings back without a timer thread. A finding
 * that one of the detector's ARCHIVE filters matches is archived as it is raised or updated, as
 * GuardDuty's suppression rules do.
 */
final class FindingStore {

  private final Map<String, Finding> byId = new LinkedHashMap<>();
  private final Filters filters;
  // Told of each finding raised or counted into, under this store's lock.
  private final Consumer<Finding> changed;

  FindingStore(Filters filters, Consumer<Finding> changed) {
    this.filters = filters;
    this.changed = changed;
  }

  /**
   * Counts the activity into the finding of the same type about the same access key, or adds the
   * one {@code raise} makes when there is none yet.
   */
  synchronized void raise(
      String type, String accessKeyId, String api, Instant at, Supplier<Finding> raise) {
    for (Finding finding : byId.values()) {
      if (finding.type().equals(type) && finding.accessKeyId().equals(accessKeyId)) {
        finding.repeat(api, at);
        suppress(finding);
        changed.accept(finding);
        return;
      }
    }
    Finding fresh = raise.get();
    suppress(fresh);
    byId.put(fresh.id(), fresh);
    changed.accept(fresh);
  }

  /** Adds a finding made up on request (a sample), which is news like any other. */
  synchronized void addNew(Finding finding) {
    add(finding);
    changed.accept(finding);
  }

  private void suppress(Finding finding) {
    if (filters.suppresses(finding.toJson())) {
      finding.archived(true);
    }
  }

  synchronized List<GuardDutyState.SavedFinding> snapshot() {
    return byId.values().stream().map(Finding::saved).toList();
  }

  /** Puts back a finding as it was saved, archived or not whatever the filters say now. */
  synchronized void restore(Finding finding) {
    byId.put(finding.id(), finding);
  }

  synchronized void add(Finding finding) {
    suppress(finding);
    byId.put(finding.id(), finding);
  }

  /** The findings visible at {@code now}, as JSON snapshots. */
  synchronized List<ObjectNode> visible(Instant now) {
    List<ObjectNode> out = new ArrayList<>();
    byId.values().stream().filter(f -> f.visibleAt(now)).forEach(f -> out.add(f.toJson()));
    return out;
  }

  synchronized Optional<ObjectNode> get(String id, Instant now) {
    Finding finding = byId.get(id);
    return finding == null || !finding.visibleAt(now)
        ? Optional.empty()
        : Optional.of(finding.toJson());
  }

  /** Archives or unarchives the findings {@code ids} names; unknown ids are ignored, as on AWS. */
  synchronized void archive(List<String> ids, boolean archived) {
    for (String id : ids) {
      Finding finding = byId.get(id);
      if (finding != null) {
        finding.archived(archived);
      }
    }
  }
}
