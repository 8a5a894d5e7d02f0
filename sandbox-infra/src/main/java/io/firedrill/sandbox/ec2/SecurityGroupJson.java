package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Security groups in EC2's record shape: a group with its rules folded back into IpPermissions (one
 * per protocol and port range, listing every peer), and rules one by one as the security-group-rule
 * model answers them.
 */
final class SecurityGroupJson {

  private SecurityGroupJson() {}

  static ObjectNode group(SecurityGroup group, String ownerId, Map<String, String> tags) {
    ObjectNode out = Json.object();
    out.put("ownerId", ownerId);
    out.put("groupId", group.id);
    out.put("groupName", group.name);
    out.put("groupDescription", group.description);
    out.put("vpcId", group.vpcId);
    out.set("ipPermissions", permissions(group.rules(false), ownerId));
    out.set("ipPermissionsEgress", permissions(group.rules(true), ownerId));
    if (!tags.isEmpty()) {
      out.set("tagSet", Ec2Json.tagSet(tags));
    }
    return out;
  }

  private static ObjectNode permissions(List<SgRule> rules, String ownerId) {
    Map<String, List<SgRule>> byPorts = new LinkedHashMap<>();
    for (SgRule rule : rules) {
      byPorts
          .computeIfAbsent(
              rule.protocol() + "/" + rule.fromPort() + "/" + rule.toPort(), k -> new ArrayList<>())
          .add(rule);
    }
    return Ec2Json.items(List.copyOf(byPorts.values()), same -> permission(same, ownerId));
  }

  private static ObjectNode permission(List<SgRule> rules, String ownerId) {
    SgRule first = rules.get(0);
    ObjectNode out = Json.object().put("ipProtocol", first.protocol());
    if (!first.protocol().equals("-1")) {
      out.put("fromPort", first.fromPort()).put("toPort", first.toPort());
    }
    out.set(
        "groups",
        Ec2Json.items(
            rules.stream().filter(r -> r.sourceGroupId() != null).toList(),
            r ->
                described(
                    Json.object().put("userId", ownerId).put("groupId", r.sourceGroupId()), r)));
    out.set(
        "ipRanges",
        Ec2Json.items(
            rules.stream().filter(r -> r.cidrIpv4() != null).toList(),
            r -> described(Json.object().put("cidrIp", r.cidrIpv4()), r)));
    out.set(
        "ipv6Ranges",
        Ec2Json.items(
            rules.stream().filter(r -> r.cidrIpv6() != null).toList(),
            r -> described(Json.object().put("cidrIpv6", r.cidrIpv6()), r)));
    out.set("prefixListIds", Json.object());
    return out;
  }

  private static ObjectNode described(ObjectNode peer, SgRule rule) {
    return rule.description() == null ? peer : peer.put("description", rule.description());
  }

  static ObjectNode rule(SgRule rule, String groupId, String ownerId) {
    ObjectNode out = Json.object();
    out.put("groupOwnerId", ownerId);
    out.put("groupId", groupId);
    out.put("securityGroupRuleId", rule.id());
    if (rule.description() != null) {
      out.put("description", rule.description());
    }
    out.put("isEgress", rule.egress());
    out.put("ipProtocol", rule.protocol());
    out.put("fromPort", rule.fromPort());
    out.put("toPort", rule.toPort());
    if (rule.cidrIpv4() != null) {
      out.put("cidrIpv4", rule.cidrIpv4());
    } else if (rule.cidrIpv6() != null) {
      out.put("cidrIpv6", rule.cidrIpv6());
    } else {
      out.set(
          "referencedGroupInfo",
          Json.object().put("groupId", rule.sourceGroupId()).put("userId", ownerId));
    }
    return out;
  }
}
