package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** List the account's IAM users. */
public final class IamListUsers extends OneCallTechnique {

  public IamListUsers() {
    super(
        new TechniqueInfo(
            "aws.discovery.iam-list-users",
            "List the account's IAM users",
            "Calls iam:ListUsers to learn who else is in the account and whose keys might be worth having.",
            List.of("T1087.004"),
            IncidentType.UNAUTHORIZED_ACCESS,
            List.of("ListUsers"),
            List.of("Discovery:IAMUser/AnomalousBehavior"),
            List.of("iam:ListUsers")),
        "iam",
        session -> session.iam().listUsers());
  }
}
