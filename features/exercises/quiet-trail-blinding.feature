Feature: A leaked key blinds the trail quietly, through event selectors and another bucket
  No StopLogging: the trail's event selectors drop management events, then the trail is pointed at
  the attacker's bucket. GetTrailStatus still says it logs; a rule on the calls and GuardDuty catch it.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: both quiet changes are seen
    Given the responder playbook "standard-responder"
    When the scenario "quiet-trail-blinding" runs at full speed
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And GuardDuty reports "Stealth:IAMUser/CloudTrailLoggingDisabled"
    And the exercise scores at least 50
    And the report is written
