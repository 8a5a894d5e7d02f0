Feature: Impact and exposure: compute hijacked, SSH opened to the world
  What a leaked key costs: instances launched for mining, a security group opened to anyone.

  Background:
    Given an embedded sandbox with the "standard" baseline
    And the detection rules in "detections/"

  Scenario: a burst of instances is caught, and the responder cuts off the key
    Given the responder playbook "standard-responder"
    When the attacker plays "aws.impact.ec2-run-instances-burst" with
      | count | 3 |
    Then the detection "instances-launched" fires within 60 seconds
    And the leaked key no longer works

  Scenario: SSH opened to the internet is caught
    When the attacker plays "aws.exfiltration.ec2-security-group-open-port-22-ingress"
    Then the detection "security-group-ingress-opened" fires within 60 seconds
