Feature: Privilege escalation: a key grants itself more rights
  A leaked key with IAM rights gives its own user administrator rights, by managed or inline policy.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: attaching AdministratorAccess to itself is caught
    When the attacker plays "aws.privilege-escalation.iam-attach-admin-policy-self"
    Then the detection "admin-policy-attached-to-user" fires within 60 seconds
    And GuardDuty reports "PrivilegeEscalation:IAMUser/AnomalousBehavior"

  @guardduty
  Scenario: writing itself an inline policy is caught
    When the attacker plays "aws.privilege-escalation.iam-put-user-policy-self"
    Then the detection "inline-user-policy-written" fires within 60 seconds
    And GuardDuty reports "PrivilegeEscalation:IAMUser/AnomalousBehavior"
