Feature: A leaked key leaves four ways back in
  An administrator user with its own key, a console password for dave-ops, a role an outside
  account may assume, and a second key for blue-responder: each door must set off a rule. The
  responder deactivates the key 45s after the CreateUser, so the role and the key it tries after that
  are refused (the technique features show that those two set off their rules too).

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: the doors opened before the responder cuts off the key set off their rules
    Given the responder playbook "standard-responder"
    When the scenario "backdoor-persistence" runs at full speed
    Then the detection "iam-user-created" fires within 60 seconds
    And the detection "admin-policy-attached-to-user" fires within 60 seconds
    And the detection "console-password-created" fires within 60 seconds
    And GuardDuty reports "Persistence:IAMUser/AnomalousBehavior"
    And the leaked key no longer works
    And the exercise scores at least 50
    And the report is written
