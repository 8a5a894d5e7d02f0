package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** List the account's IAM roles. */
public final class IamListRoles extends OneCallTechnique {

  public IamListRoles() {
    super(
        new TechniqueInfo(
            "aws.discovery.iam-list-roles",
            "List the account's IAM roles",
            "Calls iam:ListRoles to find roles to assume, or to backdoor through their trust policies.",
            List.of("T1087.004"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("ListRoles"),
            List.of("Discovery:IAMUser/AnomalousBehavior"),
            List.of("iam:ListRoles")),
        "iam",
        session -> session.iam().listRoles());
  }
}
