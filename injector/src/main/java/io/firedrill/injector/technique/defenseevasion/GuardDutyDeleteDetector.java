package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes the region's GuardDuty detector. Unlike disabling it, this throws away its findings and
 * settings, and leaves nothing that could raise a finding about the deletion itself.
 */
public final class GuardDutyDeleteDetector implements Technique<GuardDutyDeleteDetector.Params> {

  /** No parameters: it deletes every detector of the region (there is at most one). */
  public record Params() {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.guardduty-delete-detector",
          "Delete GuardDuty's detector",
          "Finds the region's detector with guardduty:ListDetectors, then calls"
              + " guardduty:DeleteDetector. Its findings go with it, and no finding can follow:"
              + " only CloudTrail tells. Cleanup creates a new, enabled detector.",
          List.of("T1562.001"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("ListDetectors", "DeleteDetector"),
          List.of(),
          List.of("guardduty:ListDetectors", "guardduty:DeleteDetector"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of());
    return new Params();
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    return EachDetector.change(
        session,
        ledger,
        Change.GUARDDUTY_DELETED,
        "DeleteDetector",
        id -> session.guardDuty().deleteDetector(r -> r.detectorId(id)));
  }
}
