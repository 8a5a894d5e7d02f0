package io.firedrill.sandbox.provision;

import java.util.List;
import java.util.SortedSet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Region;

/**
 * The EC2 lines of an {@link Inventory}, from every region the account has enabled: an attacker's
 * instances land where nobody looks.
 */
final class Ec2Inventory {

  private Ec2Inventory() {}

  static void add(AwsClients aws, SortedSet<String> items) {
    List<String> regions =
        aws.ec2.describeRegions().regions().stream().map(Region::regionName).toList();
    for (String region : regions) {
      try (Ec2Client ec2 = aws.ec2In(region)) {
        add(ec2, region, items);
      }
    }
  }

  private static void add(Ec2Client ec2, String region, SortedSet<String> items) {
    ec2.describeInstancesPaginator(r -> {})
        .reservations()
        .forEach(
            res ->
                res.instances().stream()
                    .filter(i -> i.state().name() != InstanceStateName.TERMINATED)
                    .forEach(
                        i ->
                            items.add(
                                "ec2-instance "
                                    + region
                                    + "/"
                                    + i.instanceId()
                                    + " "
                                    + i.state().nameAsString())));
    ec2.describeVolumes()
        .volumes()
        .forEach(
            v -> items.add("ec2-volume " + region + "/" + v.volumeId() + " " + v.stateAsString()));
    ec2.describeSnapshots(r -> r.ownerIds("self"))
        .snapshots()
        .forEach(s -> items.add("ec2-snapshot " + region + "/" + s.snapshotId()));
    ec2.describeSecurityGroups()
        .securityGroups()
        .forEach(
            g -> {
              items.add("ec2-security-group " + region + "/" + g.groupId() + " " + g.groupName());
              g.ipPermissions()
                  .forEach(
                      p ->
                          items.add(
                              "ec2-ingress "
                                  + region
                                  + "/"
                                  + g.groupId()
                                  + " "
                                  + p.ipProtocol()
                                  + ":"
                                  + p.fromPort()
                                  + "-"
                                  + p.toPort()
                                  + " "
                                  + p.ipRanges()));
            });
    ec2.describeKeyPairs()
        .keyPairs()
        .forEach(k -> items.add("ec2-key-pair " + region + "/" + k.keyName()));
    ec2.describeFlowLogs()
        .flowLogs()
        .forEach(
            f ->
                items.add(
                    "ec2-flow-log " + region + "/" + f.flowLogId() + " " + f.logDestination()));
  }
}
