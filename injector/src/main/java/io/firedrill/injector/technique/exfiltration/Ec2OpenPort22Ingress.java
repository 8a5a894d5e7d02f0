package io.firedrill.injector.technique.exfiltration;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opens SSH to the whole internet on a security group: the door for a later login. */
public final class Ec2OpenPort22Ingress implements Technique<Ec2OpenPort22Ingress.Params> {

  /**
   * @param groupName the security group to open, in the exercise's region
   */
  public record Params(String groupName) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.exfiltration.ec2-security-group-open-port-22-ingress",
          "Open port 22 to the internet",
          "Finds a security group with ec2:DescribeSecurityGroups, then calls"
              + " ec2:AuthorizeSecurityGroupIngress for TCP 22 from 0.0.0.0/0.",
          List.of("T1562.007"),
          IncidentType.INFORMATION_EXPOSURE,
          List.of("DescribeSecurityGroups", "AuthorizeSecurityGroupIngress"),
          List.of(),
          List.of("ec2:DescribeSecurityGroups", "ec2:AuthorizeSecurityGroupIngress"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("groupName"));
    return new Params(with.getOrDefault("groupName", "default"));
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String[] groupId = new String[1];
    calls.add(
        session.call(
            "ec2",
            "DescribeSecurityGroups",
            () -> {
              var groups =
                  session
                      .ec2(session.region())
                      .describeSecurityGroups(r -> r.groupNames(p.groupName()));
              groupId[0] =
                  groups.securityGroups().isEmpty()
                      ? null
                      : groups.securityGroups().get(0).groupId();
              return groups;
            }));
    if (groupId[0] == null) {
      return calls;
    }
    ledger.willMake(
        new Change(
            Change.EC2_INGRESS,
            groupId[0],
            Map.of("region", session.region(), "port", "22", "cidr", "0.0.0.0/0")));
    calls.add(
        session.call(
            "ec2",
            "AuthorizeSecurityGroupIngress",
            () ->
                session
                    .ec2(session.region())
                    .authorizeSecurityGroupIngress(
                        r ->
                            r.groupId(groupId[0])
                                .ipPermissions(
                                    perm ->
                                        perm.ipProtocol("tcp")
                                            .fromPort(22)
                                            .toPort(22)
                                            .ipRanges(range -> range.cidrIp("0.0.0.0/0"))))));
    return calls;
  }
}
