Feature: An engineer with IAMFullAccess makes himself an administrator
  dave-ops reads the account's authorization details, attaches AdministratorAccess to himself, then
  writes an inline allow-everything policy. The team's IAM rules must alert, and the responder must
  cut off his key.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: the standard responder deactivates the insider's key
    Given the responder playbook "standard-responder"
    When the scenario "insider-privilege-escalation" runs at full speed
    Then the detection "admin-policy-attached-to-user" fires within 60 seconds
    And the detection "inline-user-policy-written" fires within 60 seconds
    And GuardDuty reports "PrivilegeEscalation:IAMUser/AnomalousBehavior"
    And the leaked key no longer works
    And the exercise scores at least 80
    And the report is written
