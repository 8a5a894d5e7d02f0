package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/** Deletes a trail outright: louder than stopping it, and harder to undo. */
public final class CloudTrailDelete implements Technique<CloudTrailDelete.Params> {

  /**
   * @param trail the trail's name or ARN
   */
  public record Params(String trail) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.cloudtrail-delete",
          "Delete a CloudTrail trail",
          "Calls cloudtrail:DeleteTrail. Event history keeps the call; the trail's delivery to S3"
              + " ends. Cleanup creates the trail again with its bucket and logging state.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("DeleteTrail"),
          List.of("Stealth:IAMUser/CloudTrailLoggingDisabled"),
          List.of("cloudtrail:DeleteTrail"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("trail"));
    return new Params(Parameters.required(with, "trail", "the name or ARN of the trail to delete"));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    // What cleanup needs to put the trail back, read before it is gone.
    try {
      Trail trail =
          session.cloudTrail().describeTrails(r -> r.trailNameList(p.trail())).trailList().get(0);
      boolean logging = session.cloudTrail().getTrailStatus(r -> r.name(p.trail())).isLogging();
      ledger.willMake(
          new Change(
              Change.TRAIL_DELETED,
              trail.name(),
              Map.of("bucket", trail.s3BucketName(), "logging", String.valueOf(logging))));
    } catch (RuntimeException unreadable) {
      // The actor cannot read the trail (or it does not exist): the delete will fail the same way.
    }
    return List.of(
        session.call(
            "cloudtrail",
            "DeleteTrail",
            () -> session.cloudTrail().deleteTrail(r -> r.name(p.trail()))));
  }
}
