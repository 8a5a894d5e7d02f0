package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.OneCallTechnique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;

/** Identify the leaked key's owner. */
public final class StsGetCallerIdentity extends OneCallTechnique {

  public StsGetCallerIdentity() {
    super(
        new TechniqueInfo(
            "aws.discovery.sts-get-caller-identity",
            "Identify the leaked key's owner",
            "Calls sts:GetCallerIdentity, which needs no permission and answers with the account, user id and ARN of the credentials: the usual first call with a leaked key.",
            List.of("T1087.004"),
            IncidentType.CREDENTIALS_EXPOSURE,
            List.of("GetCallerIdentity"),
            List.of(),
            // None: AWS authorizes no one for GetCallerIdentity, and no policy can deny it.
            List.of()),
        "sts",
        session -> session.sts().getCallerIdentity());
  }
}
