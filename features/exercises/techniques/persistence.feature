Feature: Persistence: an intruder leaves a way back in
  New users, new keys for other users, console passwords and roles that trust outsiders outlive the
  leaked key. Each must set off a detection, and the responder must close the door it can see.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: a backdoor administrator is caught, and the responder cuts off the leaked key
    Given the responder playbook "standard-responder"
    When the attacker plays "aws.persistence.iam-create-admin-user" with
      | userName | svc-backup |
    Then the detection "iam-user-created" fires within 60 seconds
    And the detection "admin-policy-attached-to-user" fires within 60 seconds
    And the detection "access-key-created-for-other-user" fires within 60 seconds
    And GuardDuty reports "Persistence:IAMUser/AnomalousBehavior"
    And the leaked key no longer works
    And the report is written

  Scenario: a second key for another user is caught
    When the attacker plays "aws.persistence.iam-backdoor-user"
    Then the detection "access-key-created-for-other-user" fires within 60 seconds
    And the detection "iam-user-created" does not fire

  Scenario: a console password for another user is caught
    When the attacker plays "aws.persistence.iam-create-user-login-profile"
    Then the detection "console-password-created" fires within 60 seconds

  @guardduty
  Scenario: a role that trusts an outside account is caught
    When the attacker plays "aws.persistence.iam-create-backdoor-role"
    Then the detection "role-created" fires within 60 seconds
    And GuardDuty reports "Persistence:IAMUser/AnomalousBehavior"
