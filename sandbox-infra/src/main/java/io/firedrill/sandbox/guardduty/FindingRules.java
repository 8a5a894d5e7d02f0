package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.guardduty.FindingRule.Target;
import io.firedrill.sandbox.guardduty.FindingRule.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings table: every finding the engine can raise, as data.
 *
 * <p>Deliberately simple models of GuardDuty's detection, on purpose deterministic so that an
 * exercise can be scored:
 *
 * <ul>
 *   <li>{@code Stealth:IAMUser/CloudTrailLoggingDisabled} is raised, as on AWS, by every successful
 *       StopLogging or DeleteTrail.
 *   <li>The {@code *:IAMUser/AnomalousBehavior} family is GuardDuty's machine-learnt baseline of a
 *       principal's behaviour. Here "anomalous" means: the first successful call of that API by
 *       that principal in the sandbox's life; the quiet period before it is the whole history. The
 *       APIs per tactic are the examples AWS documents for each type, plus the ones an exercise
 *       here most often uses.
 * </ul>
 *
 * <p>Not modelled: threat-intelligence types (MaliciousIPCaller), Tor, bursts (many RunInstances),
 * PasswordPolicyChange, and anything from VPC flow logs, DNS or S3 data events.
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

  /** Every finding type the table can raise, in table order. */
  static Set<String> types() {
    Set<String> types = new LinkedHashSet<>();
    RULES.forEach(rule -> types.add(rule.type()));
    return types;
  }

  /** The first rule raising {@code type}, or null for a type the table does not know. */
  static FindingRule ofType(String type) {
    return RULES.stream().filter(rule -> rule.type().equals(type)).findFirst().orElse(null);
  }

  private static List<FindingRule> build() {
    List<FindingRule> rules = new ArrayList<>();
    String loggingDisabled = "Stealth:IAMUser/CloudTrailLoggingDisabled";
    for (String api : List.of("StopLogging", "DeleteTrail")) {
      rules.add(
          new FindingRule(
              loggingDisabled,
              2,
              CLOUDTRAIL,
              api,
              Trigger.EVERY_CALL,
              Target.ANY,
              "CloudTrail logging was disabled with %s.",
              "The API %1$s was called by %2$s, stopping CloudTrail from logging a trail. An"
                  + " attacker disables logging to hide what it does next."));
    }
    anomalous(rules, "DefenseEvasion", 5, CLOUDTRAIL, Target.ANY, "StopLogging", "DeleteTrail");
    anomalous(rules, "DefenseEvasion", 5, EC2, Target.ANY, "DeleteFlowLogs");
    anomalous(
        rules, "Persistence", 5, IAM, Target.ANY, "CreateUser", "CreateLoginProfile", "CreateRole");
    anomalous(rules, "Persistence", 5, IAM, Target.OTHER, "CreateAccessKey", "AttachUserPolicy");
    anomalous(rules, "Persistence", 5, EC2, Target.ANY, "ImportKeyPair");
    anomalous(
        rules, "PrivilegeEscalation", 5, IAM, Target.SELF, "AttachUserPolicy", "PutUserPolicy");
    anomalous(
        rules, "PrivilegeEscalation", 5, IAM, Target.ANY, "CreatePolicyVersion", "AddUserToGroup");
    anomalous(
        rules,
        "Discovery",
        2,
        IAM,
        Target.ANY,
        "ListUsers",
        "ListRoles",
        "ListAccessKeys",
        "GetAccountAuthorizationDetails");
    anomalous(rules, "Discovery", 2, CLOUDTRAIL, Target.ANY, "DescribeTrails");
    anomalous(rules, "Discovery", 2, EC2, Target.ANY, "DescribeInstances");
    anomalous(rules, "Impact", 8, IAM, Target.ANY, "UpdateUser", "DeleteUser");
    anomalous(rules, "Impact", 8, EC2, Target.ANY, "DeleteSecurityGroup");
    return List.copyOf(rules);
  }

  private static void anomalous(
      List<FindingRule> rules,
      String tactic,
      double severity,
      String source,
      Target target,
      String... apis) {
    for (String api : apis) {
      rules.add(
          new FindingRule(
              tactic + ":IAMUser/AnomalousBehavior",
              severity,
              source,
              api,
              Trigger.FIRST_CALL,
              target,
              "The user invoked %s, an API commonly used in "
                  + tactic
                  + " tactics, in an unusual way.",
              "The API %1$s was called by %2$s for the first time in this principal's observed"
                  + " history. APIs like it are commonly used in "
                  + tactic
                  + " tactics."));
    }
  }
}
