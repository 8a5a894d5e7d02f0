package io.firedrill.injector.technique.impact;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.LaunchesInstances;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Tags;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import io.firedrill.injector.technique.UsesRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Launches large instances in several regions at once, as compute hijackers do, until the account's
 * vCPU quota refuses: the refusals are part of what the blue team should see.
 */
public final class Ec2RunInstancesBurst
    implements Technique<Ec2RunInstancesBurst.Params>,
        UsesRegions<Ec2RunInstancesBurst.Params>,
        LaunchesInstances<Ec2RunInstancesBurst.Params> {

  /**
   * @param regions where to launch; the exercise's region when none is given
   * @param instanceType a large type, such as c5.4xlarge
   * @param count instances asked for per region
   */
  public record Params(List<String> regions, String instanceType, int count) {

    public Params {
      regions = List.copyOf(regions);
      if (count < 1 || count > 50) {
        throw new IllegalArgumentException("count must be 1 to 50; got " + count);
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.impact.ec2-run-instances-burst",
          "Launch a burst of large instances across regions",
          "Calls ec2:RunInstances for several large instances in each of several regions, the"
              + " way stolen keys are used for cryptomining; the vCPU quota stops it at some point.",
          List.of("T1496", "T1578.002"),
          IncidentType.UNAUTHORIZED_RESOURCES,
          List.of("RunInstances"),
          List.of("Impact:IAMUser/AnomalousBehavior"),
          List.of("ec2:RunInstances", "ec2:CreateTags"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("regions", "instanceType", "count"));
    List<String> regions = Parameters.list(with, "regions");
    int count = Parameters.wholeNumber(with, "count", 4);
    return new Params(regions, with.getOrDefault("instanceType", "c5.4xlarge"), count);
  }

  @Override
  public List<String> regions(Params p) {
    return p.regions();
  }

  @Override
  public Ask launches(Params p) {
    return new Ask(p.count() * Math.max(1, p.regions().size()), List.of(p.instanceType()));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<String> regions = p.regions().isEmpty() ? List.of(session.region()) : p.regions();
    TagSpecification tags = Tags.ec2(session, ledger, ResourceType.INSTANCE);
    List<ApiCall> calls = new ArrayList<>();
    for (String region : regions) {
      ledger.willMake(Change.of(Change.EC2_INSTANCES, region, "technique", ledger.technique()));
      calls.add(
          session.call(
              "ec2",
              "RunInstances",
              () ->
                  session
                      .ec2(region)
                      .runInstances(
                          r ->
                              r.imageId("ami-0abcdef1234567890")
                                  .instanceType(p.instanceType())
                                  .minCount(1)
                                  .maxCount(p.count())
                                  .tagSpecifications(tags))));
    }
    return calls;
  }
}
