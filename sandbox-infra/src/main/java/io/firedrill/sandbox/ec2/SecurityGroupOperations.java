package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** Security groups and their ingress and egress rules, in each region's default VPC. */
final class SecurityGroupOperations {

  private static final Set<String> FILTERS =
      Set.of("group-id", "group-name", "vpc-id", "description", "owner-id");
  private static final String TYPE = "AWS::EC2::SecurityGroup";

  private final Ec2Store store;

  SecurityGroupOperations(Ec2Store store) {
    this.store = store;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateSecurityGroup", this::create)
            .on(call -> Ec2Resources.arn(call, "security-group/*")),
        Operation.read("DescribeSecurityGroups", this::describe),
        Operation.write("AuthorizeSecurityGroupIngress", call -> authorize(call, false))
            .on(SecurityGroupOperations::groupArn),
        Operation.write("AuthorizeSecurityGroupEgress", call -> authorize(call, true))
            .on(SecurityGroupOperations::groupArn),
        Operation.write("RevokeSecurityGroupIngress", call -> revoke(call, false))
            .on(SecurityGroupOperations::groupArn),
        Operation.write("RevokeSecurityGroupEgress", call -> revoke(call, true))
            .on(SecurityGroupOperations::groupArn),
        Operation.write("DeleteSecurityGroup", this::delete).on(SecurityGroupOperations::groupArn));
  }

  private static String groupArn(ApiCall call) {
    String id = call.param("GroupId");
    return id == null ? "*" : Ec2Resources.arn(call, "security-group/" + id);
  }

  private Outcome create(ApiCall call) {
    String name = call.param("GroupName");
    String description = call.param("GroupDescription");
    if (name == null) {
      throw Ec2Errors.missing("GroupName");
    }
    if (description == null) {
      throw Ec2Errors.missing("GroupDescription");
    }
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      String vpcId = call.params().getOrDefault("VpcId", region.network.vpcId());
      if (!vpcId.equals(region.network.vpcId())) {
        throw Ec2Errors.client(
            "InvalidVpcID.NotFound", "The vpc ID '" + vpcId + "' does not exist");
      }
      if (name.equals("default") || region.groupNamed(name) != null) {
        throw Ec2Errors.client(
            "InvalidGroup.Duplicate",
            "The security group '" + name + "' already exists for VPC '" + vpcId + "'");
      }
      Map<String, String> tags = Ec2Tags.specified(call.params(), "security-group");
      SecurityGroup group = new SecurityGroup(Ec2Ids.next("sg"), name, description, vpcId);
      group.rules.add(Ec2Region.allOutbound());
      region.groups.put(group.id, group);
      ObjectNode body = Json.object().put("_return", true).put("groupId", group.id);
      if (!tags.isEmpty()) {
        region.tags.put(group.id, new LinkedHashMap<>(tags));
        body.set("tagSet", Ec2Json.tagSet(tags));
      }
      return Ec2Outcomes.written(call, body).about(new ResourceRef(TYPE, group.id));
    }
  }

  private Outcome describe(ApiCall call) {
    Ec2Filters filters = Ec2Filters.read(call.params(), FILTERS);
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      List<String> ids = Ec2Params.values(call.params(), "GroupId");
      List<String> names = Ec2Params.values(call.params(), "GroupName");
      for (String id : ids) {
        if (!region.groups.containsKey(id)) {
          throw Ec2Errors.groupNotFound(id);
        }
      }
      for (String name : names) {
        if (region.groupNamed(name) == null) {
          throw Ec2Errors.groupNameNotFound(name, region.network.vpcId());
        }
      }
      List<SecurityGroup> matching = new ArrayList<>();
      for (SecurityGroup group : region.groups.values()) {
        boolean named = (ids.isEmpty() && names.isEmpty()) || ids.contains(group.id);
        named = named || names.contains(group.name);
        if (named && filters.test(region.tagsOf(group.id), filter -> values(group, filter))) {
          matching.add(group);
        }
      }
      ObjectNode body = Json.object();
      body.set(
          "securityGroupInfo",
          Ec2Json.items(
              matching, g -> SecurityGroupJson.group(g, store.accountId, region.tagsOf(g.id))));
      return Ec2Outcomes.read(body);
    }
  }

  private List<String> values(SecurityGroup group, String filter) {
    return switch (filter) {
      case "group-id" -> List.of(group.id);
      case "group-name" -> List.of(group.name);
      case "vpc-id" -> List.of(group.vpcId);
      case "description" -> List.of(group.description);
      case "owner-id" -> List.of(store.accountId);
      default -> List.of();
    };
  }

  private static SecurityGroup group(ApiCall call, Ec2Region region) {
    String id = call.param("GroupId");
    String name = call.param("GroupName");
    if (id != null) {
      SecurityGroup group = region.groups.get(id);
      if (group == null) {
        throw Ec2Errors.groupNotFound(id);
      }
      return group;
    }
    if (name != null) {
      SecurityGroup group = region.groupNamed(name);
      if (group == null) {
        throw Ec2Errors.groupNameNotFound(name, region.network.vpcId());
      }
      return group;
    }
    throw Ec2Errors.client(
        "MissingParameter", "Either the parameter GroupId or GroupName must be specified");
  }

  private Outcome authorize(ApiCall call, boolean egress) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      SecurityGroup group = group(call, region);
      List<SgRule> rules = Permissions.read(call.params(), egress);
      for (SgRule rule : rules) {
        if (rule.sourceGroupId() != null && !region.groups.containsKey(rule.sourceGroupId())) {
          throw Ec2Errors.groupNotFound(rule.sourceGroupId());
        }
        for (SgRule existing : group.rules) {
          if (existing.sameAs(rule)) {
            throw Ec2Errors.client(
                "InvalidPermission.Duplicate",
                "the specified rule \"" + rule.quoted() + "\" already exists");
          }
        }
      }
      group.rules.addAll(rules);
      ObjectNode body = Json.object().put("_return", true);
      body.set(
          "securityGroupRuleSet",
          Ec2Json.items(rules, r -> SecurityGroupJson.rule(r, group.id, store.accountId)));
      return Ec2Outcomes.written(call, body).about(new ResourceRef(TYPE, group.id));
    }
  }

  private Outcome revoke(ApiCall call, boolean egress) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      SecurityGroup group = group(call, region);
      List<SgRule> rules = Permissions.read(call.params(), egress);
      List<SgRule> existing = new ArrayList<>();
      for (SgRule rule : rules) {
        SgRule match = group.rules.stream().filter(rule::sameAs).findFirst().orElse(null);
        if (match == null) {
          throw Ec2Errors.client(
              "InvalidPermission.NotFound",
              "The specified rule does not exist in this security group.");
        }
        existing.add(match);
      }
      group.rules.removeAll(existing);
      return Ec2Outcomes.returned(call).about(new ResourceRef(TYPE, group.id));
    }
  }

  private Outcome delete(ApiCall call) {
    Ec2Region region = store.region(call.region());
    synchronized (region) {
      SecurityGroup group = group(call, region);
      if (group.isDefault()) {
        throw Ec2Errors.client(
            "CannotDelete",
            "the specified group: \""
                + group.id
                + "\" name: \"default\" cannot be deleted by a user");
      }
      boolean inUse =
          region.instances.values().stream()
              .anyMatch(i -> i.state != InstanceState.TERMINATED && i.groupIds.contains(group.id));
      if (inUse) {
        throw Ec2Errors.client(
            "DependencyViolation", "resource " + group.id + " has a dependent object");
      }
      region.groups.remove(group.id);
      region.tags.remove(group.id);
      ObjectNode body = Json.object().put("_return", true).put("groupId", group.id);
      return Ec2Outcomes.written(call, body).about(new ResourceRef(TYPE, group.id));
    }
  }
}
