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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Asks for GPU instances that boot into a miner, and falls back to large CPU instances where the
 * GPU quota refuses, as most accounts' zero GPU quota does: what cryptomining with a stolen key
 * looks like, unlike a plain burst, in its instance types and its user data.
 */
public final class Ec2ComputeHijack
    implements Technique<Ec2ComputeHijack.Params>,
        UsesRegions<Ec2ComputeHijack.Params>,
        LaunchesInstances<Ec2ComputeHijack.Params> {

  /**
   * @param regions where to launch; the exercise's region when none is given
   * @param gpuType the GPU type asked for first, such as p3.2xlarge
   * @param fallbackType the type asked for where the GPU type is refused
   * @param count instances asked for per region
   */
  public record Params(List<String> regions, String gpuType, String fallbackType, int count) {

    public Params {
      regions = List.copyOf(regions);
      if (!gpuType.matches("(p|g)\\d[a-z]*\\.[a-z0-9]+")) {
        throw new IllegalArgumentException(
            "gpuType must be a P or G instance type such as p3.2xlarge; got '" + gpuType + "'");
      }
      if (count < 1 || count > 20) {
        throw new IllegalArgumentException("count must be 1 to 20; got " + count);
      }
    }
  }

  /**
   * What a miner's bootstrap looks like to whoever reads the instance's user data. It downloads
   * nothing and contacts nobody: the pool's name cannot resolve.
   */
  static final String USER_DATA =
      """
      #!/bin/bash
      # firedrill exercise: the shape of a cryptominer's bootstrap; nothing is downloaded or run.
      cat > /etc/xmrig.json <<'CONF'
      {"pools":[{"url":"stratum+tcp://pool.firedrill.invalid:3333","user":"firedrill-wallet"}]}
      CONF
      """;

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.impact.ec2-compute-hijack",
          "Launch cryptomining instances",
          "Calls ec2:RunInstances for GPU instances whose user data sets up a miner, and where"
              + " the GPU vCPU quota refuses (VcpuLimitExceeded), again for large CPU instances."
              + " The user data downloads nothing; cleanup terminates what was launched.",
          List.of("T1496.001", "T1578.002"),
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
    Parameters.allowOnly(with, Set.of("regions", "gpuType", "fallbackType", "count"));
    List<String> regions = Parameters.list(with, "regions");
    int count = Parameters.wholeNumber(with, "count", 2);
    return new Params(
        regions,
        with.getOrDefault("gpuType", "p3.2xlarge"),
        with.getOrDefault("fallbackType", "c5.4xlarge"),
        count);
  }

  @Override
  public List<String> regions(Params p) {
    return p.regions();
  }

  // The fallback is asked for only where the GPU type was refused: at most count per region.
  @Override
  public Ask launches(Params p) {
    return new Ask(
        p.count() * Math.max(1, p.regions().size()), List.of(p.gpuType(), p.fallbackType()));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<String> regions = p.regions().isEmpty() ? List.of(session.region()) : p.regions();
    TagSpecification tags = Tags.ec2(session, ledger, ResourceType.INSTANCE);
    String userData =
        Base64.getEncoder().encodeToString(USER_DATA.getBytes(StandardCharsets.UTF_8));
    List<ApiCall> calls = new ArrayList<>();
    for (String region : regions) {
      ledger.willMake(Change.of(Change.EC2_INSTANCES, region, "technique", ledger.technique()));
      for (String type : List.of(p.gpuType(), p.fallbackType())) {
        ApiCall call =
            session.call(
                "ec2",
                "RunInstances",
                () ->
                    session
                        .ec2(region)
                        .runInstances(
                            r ->
                                r.imageId("ami-0abcdef1234567890")
                                    .instanceType(type)
                                    .minCount(1)
                                    .maxCount(p.count())
                                    .userData(userData)
                                    .tagSpecifications(tags)));
        calls.add(call);
        if (!"VcpuLimitExceeded".equals(call.errorCode())) {
          break; // launched, or refused for a reason another type would not change
        }
      }
    }
    return calls;
  }
}
