package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stops a trail's logging so that what follows is not delivered to the trail's bucket. */
public final class CloudTrailStop implements Technique<CloudTrailStop.Params> {

  /**
   * @param trail the trail's name or ARN
   */
  public record Params(String trail) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.cloudtrail-stop",
          "Stop CloudTrail logging",
          "Calls cloudtrail:StopLogging on a trail. Event history still records the call, and"
              + " GuardDuty raises Stealth:IAMUser/CloudTrailLoggingDisabled.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("StopLogging"),
          List.of("Stealth:IAMUser/CloudTrailLoggingDisabled"),
          List.of("cloudtrail:StopLogging"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("trail"));
    return new Params(Parameters.required(with, "trail", "the name or ARN of the trail to stop"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(arns.trail(p.trail()), "cloudtrail:StopLogging");
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
