package io.firedrill.sandbox.ec2;

import java.util.ArrayList;
import java.util.List;

/** A security group and its rules, ingress and egress together. */
final class SecurityGroup {

  final String id;
  final String name;
  final String description;
  final String vpcId;
  final List<SgRule> rules = new ArrayList<>();

  SecurityGroup(String id, String name, String description, String vpcId) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.vpcId = vpcId;
  }

  List<SgRule> rules(boolean egress) {
    return rules.stream().filter(rule -> rule.egress() == egress).toList();
  }

  boolean isDefault() {
    return name.equals("default");
  }
}
