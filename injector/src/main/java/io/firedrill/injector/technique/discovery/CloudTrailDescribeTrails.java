package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** Find the trails that watch the account. */
public final class CloudTrailDescribeTrails extends OneCallTechnique {

  public CloudTrailDescribeTrails() {
    super(
        new TechniqueInfo(
            "aws.discovery.cloudtrail-describe-trails",
            "Find the trails that watch the account",
            "Calls cloudtrail:DescribeTrails to learn which trails record what the attacker does, before blinding them.",
            List.of("T1518.001"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("DescribeTrails"),
            List.of("Discovery:IAMUser/AnomalousBehavior"),
            List.of("cloudtrail:DescribeTrails")),
        "cloudtrail",
        session -> session.cloudTrail().describeTrails());
  }
}
