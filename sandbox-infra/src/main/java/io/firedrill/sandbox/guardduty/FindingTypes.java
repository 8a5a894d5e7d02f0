package io.firedrill.sandbox.guardduty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every finding type the sandbox raises, with AWS's default severities from the GuardDuty IAM
 * finding types page. Titles and descriptions are the sandbox's own words.
 */
final class FindingTypes {

  static final FindingType LOGGING_DISABLED =
      new FindingType(
          "Stealth:IAMUser/CloudTrailLoggingDisabled",
          2,
          "CloudTrail logging was disabled with %1$s.",
          "The API %1$s was called by %2$s, stopping CloudTrail from logging a trail. An attacker"
              + " disables logging to hide what it does next.");

  static final FindingType OUTSIDE_AWS =
      new FindingType(
          "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS",
          8,
          "Credentials of an EC2 instance's role were used from a remote address %3$s.",
          "The API %1$s was called with the temporary credentials that EC2 delivered to instance"
              + " %2$s, from %3$s, an address outside AWS: the credentials have left the"
              + " instance.");

  static final FindingType TOR_CALLER =
      ipCaller(
          "UnauthorizedAccess:IAMUser/TorIPCaller",
          "from a Tor exit node",
          "Tor hides who is calling; legitimate automation rarely uses it.");

  static final FindingType TOR_RECON =
      ipCaller(
          "Recon:IAMUser/TorIPCaller",
          "from a Tor exit node",
          "Reconnaissance through Tor hides who is mapping the account.");

  static final FindingType CUSTOM_THREAT_CALLER =
      ipCaller(
          "UnauthorizedAccess:IAMUser/MaliciousIPCaller.Custom",
          "from an address on a custom threat list",
          "The address is on a threat list this account uploaded to GuardDuty.");

  static final FindingType CUSTOM_THREAT_RECON =
      ipCaller(
          "Recon:IAMUser/MaliciousIPCaller.Custom",
          "from an address on a custom threat list",
          "Reconnaissance from an address on a threat list this account uploaded to GuardDuty.");

  static final FindingType ROOT_USAGE =
      new FindingType(
          "Policy:IAMUser/RootCredentialUsage",
          2,
          "API %1$s was invoked using root credentials.",
          "The account's root user called %1$s from %3$s. Day-to-day work should use IAM"
              + " principals with least privilege, never the root user.");

  private static final Map<String, FindingType> BY_NAME = index();

  private FindingTypes() {}

  /** The anomalous-behaviour type of {@code tactic}, e.g. {@code Discovery}. */
  static FindingType anomalous(String tactic) {
    FindingType type = BY_NAME.get(tactic + ":IAMUser/AnomalousBehavior");
    if (type == null) {
      throw new IllegalArgumentException("no anomalous-behaviour type for " + tactic);
    }
    return type;
  }

  /** The type named {@code name}, or null. */
  static FindingType of(String name) {
    return BY_NAME.get(name);
  }

  /** Every type name, in catalog order. */
  static Set<String> names() {
    return BY_NAME.keySet();
  }

  private static Map<String, FindingType> index() {
    Map<String, FindingType> types = new LinkedHashMap<>();
    add(types, LOGGING_DISABLED);
    // Default severities of the anomaly family, per tactic, as AWS documents them.
    add(types, anomaly("DefenseEvasion", 5));
    add(types, anomaly("Persistence", 5));
    add(types, anomaly("PrivilegeEscalation", 5));
    add(types, anomaly("Discovery", 2));
    add(types, anomaly("Impact", 8));
    for (FindingType type :
        List.of(OUTSIDE_AWS, TOR_CALLER, TOR_RECON, CUSTOM_THREAT_CALLER, CUSTOM_THREAT_RECON)) {
      add(types, type);
    }
    for (PenTestDistro distro : PenTestDistro.values()) {
      add(types, distro.findingType());
    }
    add(types, ROOT_USAGE);
    return java.util.Collections.unmodifiableMap(types);
  }

  private static void add(Map<String, FindingType> types, FindingType type) {
    types.put(type.type(), type);
  }

  private static FindingType anomaly(String tactic, double severity) {
    return new FindingType(
        tactic + ":IAMUser/AnomalousBehavior",
        severity,
        "The user invoked %1$s, an API commonly used in " + tactic + " tactics, in an unusual way.",
        "The API %1$s was called by %2$s, outside what this principal normally does (its"
            + " learnt baseline). APIs like it are commonly used in "
            + tactic
            + " tactics.");
  }

  private static FindingType ipCaller(String type, String where, String why) {
    return new FindingType(
        type,
        5,
        "API %1$s was invoked " + where + " (%3$s).",
        "%2$s called %1$s " + where + ", %3$s. " + why);
  }
}
