Feature: A leaked key pivots through a role and opens port 22 to the internet
  dev-frank's key assumes ops-deploy, and the role's session authorizes 0.0.0.0/0 on port 22. The
  rule on security group ingress must alert on the role session's call.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  Scenario: the opened port is seen
    Given the responder playbook "standard-responder"
    When the scenario "exposed-ssh" runs at full speed
    Then the detection "security-group-ingress-opened" fires within 60 seconds
    And the exercise scores at least 50
    And the report is written
