Feature: A leaked CI key rewrites its own policy, backdoors a role and deletes the flow logs
  ci-bot's key leaks in a build log. Its policy lets it publish a new default version of itself, so
  the attacker makes it allow everything. The team's rule must alert on the new policy version, and
  the responder must cut off the key and the sessions it may have opened.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: the standard responder deactivates the CI key that rewrote its policy
    Given the responder playbook "standard-responder"
    When the scenario "ci-key-escalation" runs at full speed
    Then the detection "policy-version-created" fires within 60 seconds
    And GuardDuty reports "PrivilegeEscalation:IAMUser/AnomalousBehavior"
    And the leaked key no longer works
    And the report is written
