package io.firedrill.sandbox.ec2;

import java.util.Locale;
import java.util.Objects;

/**
 * One security group rule: one protocol and port range from or to one peer (an IPv4 or IPv6 range,
 * or another group). An IpPermission of the API with three ranges is three rules, as EC2's own
 * security-group-rule model has them.
 *
 * @param fromPort -1 for all ports (protocol -1) and ICMP's "any type"
 */
record SgRule(
    String id,
    boolean egress,
    String protocol,
    int fromPort,
    int toPort,
    String cidrIpv4,
    String cidrIpv6,
    String sourceGroupId,
    String description) {

  SgRule {
    Objects.requireNonNull(protocol, "protocol");
  }

  /** The protocol as EC2 stores it: names for TCP, UDP and ICMP, -1 for all. */
  static String protocol(String given) {
    String lower = given.trim().toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "all", "-1" -> "-1";
      case "6" -> "tcp";
      case "17" -> "udp";
      case "1" -> "icmp";
      default -> lower;
    };
  }

  /** Whether the two rules allow the same traffic, whatever their ids and descriptions. */
  boolean sameAs(SgRule other) {
    return egress == other.egress
        && protocol.equals(other.protocol)
        && fromPort == other.fromPort
        && toPort == other.toPort
        && Objects.equals(cidrIpv4, other.cidrIpv4)
        && Objects.equals(cidrIpv6, other.cidrIpv6)
        && Objects.equals(sourceGroupId, other.sourceGroupId);
  }

  String peer() {
    return cidrIpv4 != null ? cidrIpv4 : cidrIpv6 != null ? cidrIpv6 : sourceGroupId;
  }

  /** The rule as EC2's duplicate-rule message quotes it. */
  String quoted() {
    String ports =
        protocol.equals("-1")
            ? "ALL"
            : protocol.toUpperCase(Locale.ROOT)
                + ", from port: "
                + fromPort
                + ", to port: "
                + toPort;
    return "peer: " + peer() + ", " + ports + ", ALLOW";
  }
}
