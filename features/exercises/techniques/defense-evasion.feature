Feature: Defense evasion: blinding CloudTrail and GuardDuty
  An intruder with a leaked key turns off what would record or report them. Each move must set off
  the team's detection, and the trail must come back when the responder is on duty.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  @guardduty
  Scenario: stopping the trail is caught, and the responder restarts it
    Given the responder playbook "standard-responder"
    When the attacker plays "aws.defense-evasion.cloudtrail-stop"
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And GuardDuty reports "Stealth:IAMUser/CloudTrailLoggingDisabled"
    And the detection "guardduty-stealth-finding" fires within 2 minutes
    And the trail is logging again within 2 minutes
    And the report is written

  Scenario: stopping the trail with nobody on duty leaves it stopped
    Given nobody responds
    When the attacker plays "aws.defense-evasion.cloudtrail-stop"
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And the trail is still stopped

  @guardduty
  Scenario: deleting the trail is caught
    When the attacker plays "aws.defense-evasion.cloudtrail-delete"
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And GuardDuty reports "Stealth:IAMUser/CloudTrailLoggingDisabled"

  Scenario: excluding management events from the trail is caught
    When the attacker plays "aws.defense-evasion.cloudtrail-event-selectors"
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds

  Scenario: sending the trail to another bucket is caught
    When the attacker plays "aws.defense-evasion.cloudtrail-redirect-bucket" with
      | trail  | management-events          |
      | bucket | attacker-controlled-bucket |
    Then the detection "cloudtrail-logging-disabled" fires within 60 seconds

  @guardduty
  Scenario: suspending GuardDuty is caught
    When the attacker plays "aws.defense-evasion.guardduty-disable"
    Then the detection "guardduty-detector-suspended" fires within 60 seconds
    And the detection "guardduty-detector-deleted" does not fire

  @guardduty
  Scenario: deleting GuardDuty's detector is caught
    When the attacker plays "aws.defense-evasion.guardduty-delete-detector"
    Then the detection "guardduty-detector-deleted" fires within 60 seconds
