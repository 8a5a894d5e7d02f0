Feature: A leaked key launches a burst of large instances across regions
  dev-frank's leaked key asks for c5.4xlarge instances in three regions, then in a fourth. The team's
  rule on RunInstances must alert within a minute, and the responder must cut the key off.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  Scenario: the standard responder deactivates the key
    Given the responder playbook "standard-responder"
    When the scenario "compute-hijack" runs at full speed
    Then the detection "instances-launched" fires within 60 seconds
    And the leaked key no longer works
    And the exercise scores at least 80
    And the report is written
