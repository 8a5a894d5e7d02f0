package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** Dump every IAM identity and policy. */
public final class IamGetAccountAuthorizationDetails extends OneCallTechnique {

  public IamGetAccountAuthorizationDetails() {
    super(
        new TechniqueInfo(
            "aws.discovery.iam-get-account-authorization-details",
            "Dump every IAM identity and policy",
            "Calls iam:GetAccountAuthorizationDetails, which answers with every user, group, role and policy at once: a map of who may do what.",
            List.of("T1087.004"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("GetAccountAuthorizationDetails"),
            List.of("Discovery:IAMUser/AnomalousBehavior"),
            List.of("iam:GetAccountAuthorizationDetails")),
        "iam",
        session -> session.iam().getAccountAuthorizationDetails());
  }
}
