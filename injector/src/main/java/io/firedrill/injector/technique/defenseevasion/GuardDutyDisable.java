package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Disables or deletes the region's GuardDuty detector: no more findings for what follows. */
public final class GuardDutyDisable implements Technique<GuardDutyDisable.Params> {

  /**
   * @param delete delete the detector rather than disable it
   */
  public record Params(boolean delete) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.guardduty-disable",
          "Disable GuardDuty",
          "Finds the region's detector with guardduty:ListDetectors, then calls"
              + " guardduty:UpdateDetector with Enable false, or guardduty:DeleteDetector.",
          List.of("T1562.001"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("ListDetectors", "UpdateDetector", "DeleteDetector"),
          List.of("Impact:IAMUser/AnomalousBehavior"),
          List.of(
              "guardduty:ListDetectors", "guardduty:UpdateDetector", "guardduty:DeleteDetector"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("delete"));
    String delete = with.getOrDefault("delete", "false");
    if (!delete.equals("true") && !delete.equals("false")) {
      throw new IllegalArgumentException("delete must be true or false; got '" + delete + "'");
    }
    return new Params(Boolean.parseBoolean(delete));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    calls.add(
        session.call(
            "guardduty",
            "ListDetectors",
            () -> {
              var listed = session.guardDuty().listDetectors();
              ids.addAll(listed.detectorIds());
              return listed;
            }));
    for (String id : ids) {
      if (p.delete()) {
        ledger.willMake(Change.of(Change.GUARDDUTY_DELETED, id));
        calls.add(
            session.call(
                "guardduty",
                "DeleteDetector",
                () -> session.guardDuty().deleteDetector(r -> r.detectorId(id))));
      } else {
        ledger.willMake(Change.of(Change.GUARDDUTY_DISABLED, id));
        calls.add(
            session.call(
                "guardduty",
                "UpdateDetector",
                () -> session.guardDuty().updateDetector(r -> r.detectorId(id).enable(false))));
      }
    }
    return calls;
  }
}
