package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * GuardDuty's content as plain data, to persist across a restart.
 *
 * @param detectors every region's detector
 * @param findings by detector id, its findings in the order they were raised
 * @param seen which principal has made which call, the history "first call" findings compare with
 */
public record GuardDutyState(
    List<Detector> detectors, Map<String, List<SavedFinding>> findings, List<String> seen) {

  public GuardDutyState {
    detectors = List.copyOf(detectors);
    findings = Map.copyOf(findings);
    seen = List.copyOf(seen);
  }

  /**
   * One finding; its rule by type, since the rules ship with the code.
   *
   * @param apiCalls by API name: how many calls, first and last seen in epoch seconds
   */
  public record SavedFinding(
      String id,
      String type,
      Finding.Actor actor,
      String api,
      String apiService,
      boolean sample,
      Instant createdAt,
      Instant visibleAt,
      Instant lastSeen,
      Instant updatedAt,
      int count,
      boolean archived,
      Map<String, List<Long>> apiCalls) {}
}
