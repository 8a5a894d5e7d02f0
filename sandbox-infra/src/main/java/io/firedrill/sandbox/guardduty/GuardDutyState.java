package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GuardDuty's content as plain data, to persist across a restart. Members missing from an older
 * file read as empty.
 *
 * @param detectors every region's detector
 * @param findings by detector id, its findings in the order they were raised
 * @param filters by detector id, its saved filters
 * @param threatIntelSets by detector id, its threat intel sets with the addresses read
 * @param baseline what each principal normally does, learnt or set
 * @param instanceCredentials by access key id, the instance whose role session the key belongs to
 */
public record GuardDutyState(
    List<Detector> detectors,
    Map<String, List<SavedFinding>> findings,
    Map<String, List<FindingFilter>> filters,
    Map<String, List<ThreatIntelSet>> threatIntelSets,
    ApiBaseline baseline,
    Map<String, InstanceRef> instanceCredentials) {

  public GuardDutyState {
    detectors = detectors == null ? List.of() : List.copyOf(detectors);
    findings = findings == null ? Map.of() : Map.copyOf(findings);
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    threatIntelSets = threatIntelSets == null ? Map.of() : Map.copyOf(threatIntelSets);
    baseline = baseline == null ? ApiBaseline.empty() : baseline;
    instanceCredentials = instanceCredentials == null ? Map.of() : Map.copyOf(instanceCredentials);
  }

  /** The parts as the service's stores fill them in. */
  static final class Builder {
    final List<Detector> detectors = new ArrayList<>();
    final Map<String, List<SavedFinding>> findings = new HashMap<>();
    final Map<String, List<FindingFilter>> filters = new HashMap<>();
    final Map<String, List<ThreatIntelSet>> threatIntelSets = new HashMap<>();
    ApiBaseline baseline = ApiBaseline.empty();
    Map<String, InstanceRef> instanceCredentials = Map.of();

    GuardDutyState build() {
      return new GuardDutyState(
          detectors, findings, filters, threatIntelSets, baseline, instanceCredentials);
    }
  }

  /**
   * One finding; its type by name, since the types ship with the code.
   *
   * @param apiCalls by API name: how many calls, first and last seen in epoch seconds
   * @param threatList the threat list the caller's address was on, or null
   * @param instance the instance whose credentials were used, or null
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
      Map<String, List<Long>> apiCalls,
      String threatList,
      InstanceRef instance) {}
}
