package io.firedrill.sandbox.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules an Authorize or Revoke call names: {@code IpPermissions.N} with its ranges and groups,
 * or the older flat form ({@code IpProtocol}, {@code FromPort}, {@code ToPort}, {@code CidrIp}).
 */
final class Permissions {

  private Permissions() {}

  static List<SgRule> read(Map<String, String> params, boolean egress) {
    List<SgRule> rules = new ArrayList<>();
    for (Map<String, String> permission : Ec2Params.members(params, "IpPermissions")) {
      rules.addAll(expand(permission, egress));
    }
    if (params.containsKey("IpProtocol")) {
      rules.addAll(expand(params, egress));
    }
    if (rules.isEmpty()) {
      throw Ec2Errors.missing("IpPermissions");
    }
    return rules;
  }

  private static List<SgRule> expand(Map<String, String> permission, boolean egress) {
    String given = permission.get("IpProtocol");
    if (given == null) {
      throw Ec2Errors.missing("IpProtocol");
    }
    String protocol = SgRule.protocol(given);
    boolean allPorts = protocol.equals("-1");
    int from = allPorts ? -1 : Ec2Params.integer(permission, "FromPort", -1);
    int to = allPorts ? -1 : Ec2Params.integer(permission, "ToPort", -1);
    if (!allPorts && !protocol.equals("icmp") && (from < 0 || to > 65535 || from > to)) {
      throw Ec2Errors.client(
          "InvalidParameterValue", "Invalid port range: from " + from + " to " + to + ".");
    }
    List<SgRule> rules = new ArrayList<>();
    if (permission.get("CidrIp") != null) {
      rules.add(rule(egress, protocol, from, to, permission.get("CidrIp"), null, null, null));
    }
    for (Map<String, String> range : Ec2Params.members(permission, "IpRanges")) {
      rules.add(
          rule(
              egress,
              protocol,
              from,
              to,
              range.get("CidrIp"),
              null,
              null,
              range.get("Description")));
    }
    for (Map<String, String> range : Ec2Params.members(permission, "Ipv6Ranges")) {
      rules.add(
          rule(
              egress,
              protocol,
              from,
              to,
              null,
              range.get("CidrIpv6"),
              null,
              range.get("Description")));
    }
    for (Map<String, String> pair : Ec2Params.members(permission, "Groups")) {
      rules.add(
          rule(
              egress,
              protocol,
              from,
              to,
              null,
              null,
              pair.get("GroupId"),
              pair.get("Description")));
    }
    if (rules.isEmpty()) {
      throw Ec2Errors.client(
          "InvalidParameterValue", "The permission names no IP range and no security group.");
    }
    return rules;
  }

  private static SgRule rule(
      boolean egress,
      String protocol,
      int from,
      int to,
      String v4,
      String v6,
      String group,
      String description) {
    if (v4 != null && !v4.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")) {
      throw Ec2Errors.client("InvalidParameterValue", "CIDR block " + v4 + " is malformed");
    }
    return new SgRule(Ec2Ids.next("sgr"), egress, protocol, from, to, v4, v6, group, description);
  }
}
