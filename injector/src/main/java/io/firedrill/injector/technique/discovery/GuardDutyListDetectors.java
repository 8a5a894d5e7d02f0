package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** Find out whether GuardDuty watches the region. */
public final class GuardDutyListDetectors extends OneCallTechnique {

  public GuardDutyListDetectors() {
    super(
        new TechniqueInfo(
            "aws.discovery.guardduty-list-detectors",
            "Find out whether GuardDuty watches the region",
            "Calls guardduty:ListDetectors: an empty answer means nothing raises findings here,"
                + " a detector id is what an attacker disables or deletes next. GuardDuty documents"
                + " no finding for this call.",
            List.of("T1518.001"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("ListDetectors"),
            List.of(),
            List.of("guardduty:ListDetectors")),
        "guardduty",
        session -> session.guardDuty().listDetectors());
  }
}
