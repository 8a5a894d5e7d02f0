Feature: A developer's leaked access key
  The attacker uses dev-frank's leaked key to look around, stop the trail and create a backdoor
  administrator. The scripted blue team must see it in CloudTrail, restart logging, deactivate the
  key and delete the backdoor user, each within its target.

  @guardduty
  Scenario: the scripted blue team contains, eradicates and recovers
    Given the scenario "leaked-access-key"
    When it runs at full speed with the scripted blue team
    Then the expectation "trail-stopped-seen" is met within 60 seconds
    And the expectation "backdoor-user-seen" is met within 60 seconds
    And the evidence for "backdoor-user-seen" shows the IAM user "dev-frank" calling from "203.0.113.7"
    And the expectation "leaked-key-deactivated" is met within 5 minutes
    And the expectation "backdoor-user-deleted" is met within 5 minutes
    And the expectation "logging-restored" is met within 5 minutes
    And every expectation is met
    And GuardDuty reports "Stealth:IAMUser/CloudTrailLoggingDisabled"
    And GuardDuty reports "Persistence:IAMUser/AnomalousBehavior"
    And the exercise scores at least 90
    And the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And the detection "iam-user-created" fires within 60 seconds
    And the detection "access-key-created-for-other-user" fires within 60 seconds
    And the trail is logging again within 2 minutes
    And the leaked key no longer works
    And the report is written
    And the "contain" capability is rated "P"
    And the HTML report shows "leaked-key-deactivated" as "met"

  Scenario: nobody responds
    Given the scenario "leaked-access-key"
    When it runs at full speed with nobody responding
    Then the expectation "trail-stopped-seen" is met within 60 seconds
    And the expectation "leaked-key-deactivated" is missed
    And the expectation "backdoor-user-deleted" is missed
    And the expectation "logging-restored" is missed
    And the "contain" capability is rated "U"
    And the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And the trail is still stopped
    And the leaked key still works
