package io.firedrill.sandbox.ec2;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One region's EC2 resources: its default VPC with one default subnet and the VPC's default
 * security group (which lets members reach each other and everything reach out), the instances and
 * groups created there, and the tags of every resource by id. Callers lock the region while they
 * read or change it.
 */
final class Ec2Region {

  /** Where the region's instances land: the default VPC's subnet in the first zone. */
  record Network(String vpcId, String subnetId, String availabilityZone) {}

  final String name;
  final Network network;
  final String defaultGroupId;
  final Map<String, Ec2Instance> instances = new LinkedHashMap<>();
  final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
  final Map<String, Map<String, String>> tags = new LinkedHashMap<>();
  final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
  final Map<String, FlowLog> flowLogs = new LinkedHashMap<>();
  final Map<String, KeyPair> keyPairs = new LinkedHashMap<>();
  private int nextHost = 10;

  /** A region as a restored sandbox has it: its network and default group come with the state. */
  Ec2Region(String name, Network network, String defaultGroupId, int nextHost) {
    this.name = name;
    this.network = network;
    this.defaultGroupId = defaultGroupId;
    this.nextHost = nextHost;
  }

  int nextHost() {
    return nextHost;
  }

  Ec2Region(String name) {
    this.name = name;
    this.network = new Network(Ec2Ids.next("vpc"), Ec2Ids.next("subnet"), name + "a");
    SecurityGroup defaultGroup =
        new SecurityGroup(
            Ec2Ids.next("sg"), "default", "default VPC security group", network.vpcId());
    defaultGroup.rules.add(
        new SgRule(Ec2Ids.next("sgr"), false, "-1", -1, -1, null, null, defaultGroup.id, null));
    defaultGroup.rules.add(allOutbound());
    groups.put(defaultGroup.id, defaultGroup);
    this.defaultGroupId = defaultGroup.id;
  }

  /** The egress rule every new group starts with. */
  static SgRule allOutbound() {
    return new SgRule(Ec2Ids.next("sgr"), true, "-1", -1, -1, "0.0.0.0/0", null, null, null);
  }

  /** The next private address in the default subnet, 172.31.0.0/20. */
  String nextPrivateIp() {
    int host = nextHost++;
    return "172.31." + (host / 256) + "." + (host % 256);
  }

  Map<String, String> tagsOf(String resourceId) {
    return tags.getOrDefault(resourceId, Map.of());
  }

  SecurityGroup groupNamed(String name) {
    return groups.values().stream().filter(g -> g.name.equals(name)).findFirst().orElse(null);
  }
}
