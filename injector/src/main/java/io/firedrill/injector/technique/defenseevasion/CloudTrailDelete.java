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
import java.util.ArrayList;
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
          "Reads the trail's bucket and logging state (cloudtrail:DescribeTrails,"
              + " cloudtrail:GetTrailStatus), then calls cloudtrail:DeleteTrail. Event history keeps"
              + " the call; the trail's delivery to S3 ends. Cleanup creates the trail again with"
              + " its bucket and logging state; a trail it cannot read, it leaves alone.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("DescribeTrails", "GetTrailStatus", "DeleteTrail"),
          List.of("Stealth:IAMUser/CloudTrailLoggingDisabled"),
          List.of(
              "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:DeleteTrail"));

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
  public List<Grant> grants(Params p, Arns arns) {
    // DescribeTrails lists trails rather than acting on one.
    List<Grant> grants = new ArrayList<>(Grant.on("*", "cloudtrail:DescribeTrails"));
    grants.addAll(
        Grant.on(arns.trail(p.trail()), "cloudtrail:GetTrailStatus", "cloudtrail:DeleteTrail"));
    return grants;
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    // What cleanup needs to put the trail back, read before it is gone: a trail that cannot be
    // read is not deleted, since nothing could put it back.
    List<ApiCall> calls = new ArrayList<>();
    List<Trail> found = new ArrayList<>();
    calls.add(
        session.call(
            "cloudtrail",
            "DescribeTrails",
            () -> {
              var described = session.cloudTrail().describeTrails(r -> r.trailNameList(p.trail()));
              found.addAll(described.trailList());
              return described;
            }));
    if (!"allowed".equals(calls.get(0).outcome())) {
      return calls;
    }
    if (!found.isEmpty()) {
      Trail trail = found.get(0);
      boolean[] logging = {false};
      calls.add(
          session.call(
              "cloudtrail",
              "GetTrailStatus",
              () -> {
                var status = session.cloudTrail().getTrailStatus(r -> r.name(p.trail()));
                logging[0] = Boolean.TRUE.equals(status.isLogging());
                return status;
              }));
      if (!"allowed".equals(calls.get(1).outcome())) {
        return calls;
      }
      ledger.willMake(
          new Change(
              Change.TRAIL_DELETED,
              trail.name(),
              Map.of("bucket", trail.s3BucketName(), "logging", String.valueOf(logging[0]))));
    }
    // No such trail: the delete fails with TrailNotFound, which is part of the story.
    calls.add(
        session.call(
            "cloudtrail",
            "DeleteTrail",
            () -> session.cloudTrail().deleteTrail(r -> r.name(p.trail()))));
    return calls;
  }
}
