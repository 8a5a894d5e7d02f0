Feature: Discovery: an intruder looks around with a leaked key
  Read-only calls are not in CloudTrail's management write events, so the team learns of them from
  GuardDuty's anomaly findings; the rule "guardduty-discovery-finding" turns those into a low alert.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: listing the account's users is reported by GuardDuty
    When the attacker plays "aws.discovery.iam-list-users"
    Then GuardDuty reports "Discovery:IAMUser/AnomalousBehavior"
    And the detection "guardduty-discovery-finding" fires within 2 minutes

  @guardduty
  Scenario: listing the account's roles is reported by GuardDuty
    When the attacker plays "aws.discovery.iam-list-roles"
    Then the detection "guardduty-discovery-finding" fires within 2 minutes

  @guardduty
  Scenario: reading every IAM policy at once is reported by GuardDuty
    When the attacker plays "aws.discovery.iam-get-account-authorization-details"
    Then the detection "guardduty-discovery-finding" fires within 2 minutes

  @guardduty
  Scenario: looking for the trails is reported by GuardDuty
    When the attacker plays "aws.discovery.cloudtrail-describe-trails"
    Then the detection "guardduty-discovery-finding" fires within 2 minutes

  @guardduty
  Scenario: asking whose key it is sets nothing off
    When the attacker plays "aws.discovery.sts-get-caller-identity"
    Then the detection "guardduty-discovery-finding" does not fire
    And the leaked key still works
