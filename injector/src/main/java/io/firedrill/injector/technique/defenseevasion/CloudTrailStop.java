package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stops a trail's logging so that what follows is not delivered to the trail's bucket. */
public final class CloudTrailStop implements Technique<CloudTrailStop.Params> {

  /**
   * @param trail the trail's name or ARN
   */
  public record Params(String trail) {}

  @Override
  public String id() {
    return "aws.defense-evasion.cloudtrail-stop";
  }

  @Override
  public String name() {
    return "Stop CloudTrail logging";
  }

  @Override
  public String description() {
    return "Calls cloudtrail:StopLogging on a trail. Event history still records the call, and"
        + " GuardDuty raises Stealth:IAMUser/CloudTrailLoggingDisabled.";
  }

  @Override
  public List<String> attackIds() {
    return List.of("T1562.008");
  }

  @Override
  public IncidentType incidentType() {
    return IncidentType.COMPLIANCE_VARIANCE;
  }

  @Override
  public List<String> guardDutyFindings() {
    return List.of("Stealth:IAMUser/CloudTrailLoggingDisabled");
  }

  @Override
  public List<String> permissions() {
    return List.of("cloudtrail:StopLogging");
  }

  @Override
  public List<String> eventNames() {
    return List.of("StopLogging");
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("trail"));
    return new Params(Parameters.required(with, "trail", "the name or ARN of the trail to stop"));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params parameters, Ledger ledger) {
    ledger.willMake(Change.of(Change.TRAIL_LOGGING_STOPPED, parameters.trail()));
    return List.of(
        session.call(
            "cloudtrail",
            "StopLogging",
            () -> session.cloudTrail().stopLogging(r -> r.name(parameters.trail()))));
  }
}
