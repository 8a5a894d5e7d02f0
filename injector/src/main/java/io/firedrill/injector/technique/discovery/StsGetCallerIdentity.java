package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The first thing anyone does with a found key: ask AWS whose it is. */
public final class StsGetCallerIdentity implements Technique<StsGetCallerIdentity.Params> {

  /** This technique takes no parameters. */
  public record Params() {}

  @Override
  public String id() {
    return "aws.discovery.sts-get-caller-identity";
  }

  @Override
  public String name() {
    return "Identify the leaked key's owner";
  }

  @Override
  public String description() {
    return "Calls sts:GetCallerIdentity, which needs no permission and answers with the account,"
        + " user id and ARN of the credentials: the usual first call with a leaked key.";
  }

  @Override
  public List<String> attackIds() {
    return List.of("T1087.004");
  }

  @Override
  public IncidentType incidentType() {
    return IncidentType.UNAUTHORIZED_ACCESS;
  }

  @Override
  public List<String> guardDutyFindings() {
    return List.of();
  }

  @Override
  public List<String> permissions() {
    return List.of();
  }

  @Override
  public List<String> eventNames() {
    return List.of("GetCallerIdentity");
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of());
    return new Params();
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params parameters, Ledger ledger) {
    return List.of(
        session.call("sts", "GetCallerIdentity", () -> session.sts().getCallerIdentity()));
  }
}
