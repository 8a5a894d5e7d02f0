package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.cloudtrail.CallRecord;
import io.firedrill.sandbox.guardduty.FindingRule.Target;
import io.firedrill.sandbox.guardduty.FindingRule.Trigger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The API table: the findings a successful call raises by what it is, as data.
 *
 * <ul>
 *   <li>{@code Stealth:IAMUser/CloudTrailLoggingDisabled} is raised, as on AWS, by every successful
 *       StopLogging, DeleteTrail or PutEventSelectors that turns management events off.
 *   <li>The {@code *:IAMUser/AnomalousBehavior} family is GuardDuty's machine-learnt model of a
 *       principal's behaviour. Here a call is anomalous when its action is outside its principal's
 *       {@link AnomalyBaseline}; the APIs per tactic are the examples AWS documents for each type,
 *       plus the ones an exercise here most often uses.
 * </ul>
 *
 * <p>The checks that are not about which API was called (addresses, user agents, root, instance
 * credentials, bursts) are in {@link CallChecks}.
 */
final class FindingRules {

  static final String IAM = "iam.amazonaws.com";
  static final String CLOUDTRAIL = "cloudtrail.amazonaws.com";
  static final String EC2 = "ec2.amazonaws.com";

  private static final List<FindingRule> RULES = build();

  private FindingRules() {}

  /** Every rule, in table order. */
  static List<FindingRule> all() {
    return RULES;
  }

  /** The signals of the rules {@code call} matches; {@code known} if its baseline has it. */
  static List<Signal> examine(CallRecord call, boolean known, boolean learning) {
    List<Signal> signals = new ArrayList<>();
    if (call.errorCode() != null) {
      return signals;
    }
    for (FindingRule rule : RULES) {
      if (matches(rule, call) && (rule.trigger() == Trigger.EVERY_CALL || !(known || learning))) {
        if (signals.stream().noneMatch(s -> s.type().equals(rule.type()))) {
          signals.add(new Signal(rule.type(), call.eventName()));
        }
      }
    }
    return signals;
  }

  private static boolean matches(FindingRule rule, CallRecord call) {
    if (!rule.eventSource().equals(call.eventSource())
        || !rule.eventName().equals(call.eventName())) {
      return false;
    }
    if (rule.type() == FindingTypes.LOGGING_DISABLED
        && call.eventName().equals("PutEventSelectors")
        && keepsManagementEvents(call.requestParameters())) {
      return false;
    }
    String named = namedUser(call.requestParameters());
    boolean self = named == null || named.equals(call.caller().userName());
    return switch (rule.target()) {
      case ANY -> true;
      case SELF -> self;
      case OTHER -> !self;
    };
  }

  // Selectors that still record management events do not blind the trail.
  private static boolean keepsManagementEvents(JsonNode parameters) {
    JsonNode selectors = parameters == null ? null : parameters.get("eventSelectors");
    if (selectors == null || !selectors.isArray()) {
      return true;
    }
    for (JsonNode selector : selectors) {
      JsonNode management = selector.get("includeManagementEvents");
      if (management == null || !management.isBoolean() || management.booleanValue()) {
        return true;
      }
    }
    return false;
  }

  private static String namedUser(JsonNode parameters) {
    JsonNode user = parameters == null ? null : parameters.get("userName");
    return user == null || !user.isString() ? null : user.stringValue();
  }

  private static List<FindingRule> build() {
    List<FindingRule> rules = new ArrayList<>();
    for (String api : List.of("StopLogging", "DeleteTrail", "PutEventSelectors")) {
      rules.add(
          new FindingRule(
              FindingTypes.LOGGING_DISABLED, CLOUDTRAIL, api, Trigger.EVERY_CALL, Target.ANY));
    }
    anomalous(rules, "DefenseEvasion", CLOUDTRAIL, Target.ANY, "StopLogging", "DeleteTrail");
    anomalous(rules, "DefenseEvasion", EC2, Target.ANY, "DeleteFlowLogs");
    anomalous(rules, "Persistence", IAM, Target.ANY, "CreateUser", "CreateLoginProfile");
    anomalous(rules, "Persistence", IAM, Target.ANY, "CreateRole");
    anomalous(rules, "Persistence", IAM, Target.OTHER, "CreateAccessKey", "AttachUserPolicy");
    anomalous(rules, "Persistence", EC2, Target.ANY, "ImportKeyPair");
    anomalous(rules, "PrivilegeEscalation", IAM, Target.SELF, "AttachUserPolicy", "PutUserPolicy");
    anomalous(rules, "PrivilegeEscalation", IAM, Target.ANY, "CreatePolicyVersion");
    anomalous(rules, "PrivilegeEscalation", IAM, Target.ANY, "AddUserToGroup");
    anomalous(rules, "Discovery", IAM, Target.ANY, "ListUsers", "ListRoles", "ListAccessKeys");
    anomalous(rules, "Discovery", IAM, Target.ANY, "GetAccountAuthorizationDetails");
    anomalous(rules, "Discovery", CLOUDTRAIL, Target.ANY, "DescribeTrails");
    anomalous(rules, "Discovery", EC2, Target.ANY, "DescribeInstances");
    anomalous(rules, "Impact", IAM, Target.ANY, "UpdateUser", "DeleteUser");
    anomalous(rules, "Impact", EC2, Target.ANY, "DeleteSecurityGroup");
    return List.copyOf(rules);
  }

  private static void anomalous(
      List<FindingRule> rules, String tactic, String source, Target target, String... apis) {
    for (String api : apis) {
      rules.add(
          new FindingRule(
              FindingTypes.anomalous(tactic), source, api, Trigger.OUTSIDE_BASELINE, target));
    }
  }
}
