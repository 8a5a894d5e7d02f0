package io.firedrill.sandbox.guardduty;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.Finding;

/** Reads a detector's findings the way the scorer does: ListFindings, then GetFindings. */
final class Findings {

  private final GuardDutyClient guardDuty;
  private final String detectorId;

  Findings(GuardDutyClient guardDuty, String detectorId) {
    this.guardDuty = guardDuty;
    this.detectorId = detectorId;
  }

  /** Every finding of the detector. */
  List<Finding> all() {
    return get(guardDuty.listFindings(l -> l.detectorId(detectorId)).findingIds());
  }

  /** The findings of {@code type} about {@code key}. */
  List<Finding> of(String type, AwsCredentials key) {
    return get(
        guardDuty
            .listFindings(
                l ->
                    l.detectorId(detectorId)
                        .findingCriteria(
                            c ->
                                c.criterion(
                                    Map.of(
                                        "type",
                                        Condition.builder().equalsValue(type).build(),
                                        "resource.accessKeyDetails.accessKeyId",
                                        Condition.builder()
                                            .equalsValue(key.accessKeyId())
                                            .build()))))
            .findingIds());
  }

  private List<Finding> get(List<String> ids) {
    return ids.isEmpty()
        ? List.of()
        : guardDuty.getFindings(g -> g.detectorId(detectorId).findingIds(ids)).findings();
  }
}
