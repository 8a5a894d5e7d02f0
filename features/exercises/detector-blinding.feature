Feature: A leaked key disables GuardDuty and deletes the trail
  With GuardDuty off, only CloudTrail event history shows what happened: the team's rules on the
  calls themselves must alert on both.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: both are seen from CloudTrail alone
    Given the responder playbook "standard-responder"
    When the scenario "detector-blinding" runs at full speed
    Then the detection "guardduty-detector-suspended" fires within 60 seconds
    And the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And the exercise scores at least 50
    And the report is written
