package io.firedrill.injector.technique.discovery;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import io.firedrill.injector.technique.UsesRegions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lists the instances of several regions: what runs where, and what could be hijacked. */
public final class Ec2DescribeInstances
    implements Technique<Ec2DescribeInstances.Params>, UsesRegions<Ec2DescribeInstances.Params> {

  /**
   * @param regions the regions to look in; the exercise's region when none is given
   */
  public record Params(List<String> regions) {

    public Params {
      regions = List.copyOf(regions);
      for (String region : regions) {
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
          throw new IllegalArgumentException(
              "regions must be AWS region names such as us-east-1; got '" + region + "'");
        }
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.discovery.ec2-describe-instances",
          "List the instances of several regions",
          "Calls ec2:DescribeInstances in each region given, one call a region, as an attacker"
              + " sizing up an account does: each region shows in CloudTrail with its own record.",
          List.of("T1580"),
          IncidentType.UNAUTHORIZED_ACCESS,
          List.of("DescribeInstances"),
          List.of("Discovery:IAMUser/AnomalousBehavior"),
          List.of("ec2:DescribeInstances"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("regions"));
    return new Params(Parameters.list(with, "regions"));
  }

  @Override
  public List<String> regions(Params p) {
    return p.regions();
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<String> regions = p.regions().isEmpty() ? List.of(session.region()) : p.regions();
    return regions.stream()
        .map(
            region ->
                session.call(
                    "ec2", "DescribeInstances", () -> session.ec2(region).describeInstances()))
        .toList();
  }
}
