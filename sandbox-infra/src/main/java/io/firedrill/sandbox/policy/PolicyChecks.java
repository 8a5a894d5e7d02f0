package io.firedrill.sandbox.policy;

import static io.firedrill.sandbox.policy.MalformedPolicyException.DUPLICATE_SID;
import static io.firedrill.sandbox.policy.MalformedPolicyException.LEGACY;
import static io.firedrill.sandbox.policy.MalformedPolicyException.NO_ACTIONS;
import static io.firedrill.sandbox.policy.MalformedPolicyException.NO_RESOURCES;
import static io.firedrill.sandbox.policy.MalformedPolicyException.NO_VENDOR;
import static io.firedrill.sandbox.policy.MalformedPolicyException.ONE_COLON;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The checks IAM makes once a document's syntax is sound, in IAM's order: the Effect's exact case
 * ("legacy parsing"), Sids, that every statement names actions and resources, then the form of each
 * resource and action.
 */
final class PolicyChecks {

  private PolicyChecks() {}

  static void check(List<JsonNode> statements) {
    for (JsonNode statement : statements) {
      String effect = statement.get("Effect").stringValue();
      fail(!effect.equals("Allow") && !effect.equals("Deny"), LEGACY);
    }
    Set<String> sids = new HashSet<>();
    for (JsonNode statement : statements) {
      JsonNode sid = statement.get("Sid");
      if (sid != null && !sid.stringValue().isEmpty()) {
        fail(!sid.stringValue().chars().allMatch(PolicyChecks::alphanumeric), sidMessage());
        fail(!sids.add(sid.stringValue()), DUPLICATE_SID);
      }
    }
    for (JsonNode statement : statements) {
      fail(named(statement, "Action", "NotAction").isEmpty(), NO_ACTIONS);
    }
    for (JsonNode statement : statements) {
      fail(named(statement, "Resource", "NotResource").isEmpty(), NO_RESOURCES);
    }
    for (JsonNode statement : statements) {
      for (String resource : named(statement, "Resource", "NotResource")) {
        fail(
            !resource.equals("*") && resource.indexOf(':') < 0,
            "Resource " + resource + " must be in ARN format or \"*\".");
      }
    }
    for (JsonNode statement : statements) {
      named(statement, "Action", "NotAction").forEach(PolicyChecks::checkAction);
    }
  }

  private static void checkAction(String action) {
    int colon = action.indexOf(':');
    fail(colon < 0 && !action.equals("*"), NO_VENDOR);
    fail(colon >= 0 && action.indexOf(':', colon + 1) >= 0, ONE_COLON);
    String vendor = colon < 0 ? action : action.substring(0, colon);
    fail(
        !vendor.equals("*") && !vendor.chars().allMatch(PolicyChecks::vendorChar),
        "Vendor " + vendor + " is not valid");
  }

  private static List<String> named(JsonNode statement, String name, String negated) {
    return PolicyParser.strings(statement.get(statement.has(name) ? name : negated));
  }

  private static boolean alphanumeric(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean vendorChar(int c) {
    return alphanumeric(c) || c == '-' || c == '.';
  }

  private static String sidMessage() {
    return "Statement IDs (SID) must be alpha-numeric. "
        + "Check that your input satisfies the regular expression [0-9A-Za-z]*";
  }

  private static void fail(boolean failed, String message) {
    if (failed) {
      throw new MalformedPolicyException(message);
    }
  }
}
