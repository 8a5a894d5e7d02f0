Feature: A leaked key is used to blind CloudTrail
  The attacker holds dev-frank's leaked access key, confirms whose key it is, then stops the
  management-events trail. The StopLogging must be seen in CloudTrail, attributed to dev-frank,
  and a blue-team StartLogging must count as recovery.

  Scenario: the scripted blue team restarts logging
    Given the scenario "cloudtrail-tampering"
    When it runs at full speed with the scripted blue team
    Then the expectation "logging-stopped-seen" is met within 60 seconds
    And the evidence for "logging-stopped-seen" shows the IAM user "dev-frank" calling from "203.0.113.7"
    And the expectation "logging-restored" is met within 2 minutes
    And every expectation is met
    And the detection "cloudtrail-logging-disabled" fires within 60 seconds
    And the trail is logging again within 2 minutes
    And the HTML report shows "logging-restored" as "met"

  Scenario: nobody responds
    Given the scenario "cloudtrail-tampering"
    When it runs at full speed with nobody responding
    Then the expectation "logging-stopped-seen" is met within 60 seconds
    And the expectation "logging-restored" is missed
    And the HTML report shows "logging-restored" as "missed"
