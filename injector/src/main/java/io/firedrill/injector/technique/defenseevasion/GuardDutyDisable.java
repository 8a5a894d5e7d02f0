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
 * Disables the region's GuardDuty detector: no more findings for what follows, and the detector is
 * still there for a glance at the console. Deleting it is {@link GuardDutyDeleteDetector}.
 */
public final class GuardDutyDisable implements Technique<GuardDutyDisable.Params> {

  /** No parameters: it disables every detector of the region. */
  public record Params() {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.guardduty-disable",
          "Disable GuardDuty",
          "Finds the region's detector with guardduty:ListDetectors, then calls"
              + " guardduty:UpdateDetector with Enable false on each.",
          List.of("T1562.001"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("ListDetectors", "UpdateDetector"),
          List.of("Impact:IAMUser/AnomalousBehavior"),
          List.of("guardduty:ListDetectors", "guardduty:UpdateDetector"));

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
        Change.GUARDDUTY_DISABLED,
        "UpdateDetector",
        id -> session.guardDuty().updateDetector(r -> r.detectorId(id).enable(false)));
  }
}
