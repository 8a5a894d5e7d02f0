package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.RequestParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An EC2 call's input as CloudTrail records it. EC2's records do not follow the request's member
 * names: lists become {@code xSet: {"items": [...]}} under names of their own ({@code InstanceId.1}
 * is {@code instancesSet.items[0].instanceId}), RunInstances records defaults the client never
 * sent, and user data is never recorded. Actions the sandbox does not shape are recorded as the
 * query protocol's input is.
 */
public final class Ec2RequestParameters {

  private Ec2RequestParameters() {}

  /** The requestParameters of {@code action} called with {@code params}. */
  public static JsonNode of(String action, Map<String, String> params) {
    ObjectNode out = Json.object();
    switch (action) {
      case "RunInstances" -> runInstances(params, out);
      case "DescribeInstances" -> {
        out.set("instancesSet", instances(params));
        out.set("filterSet", filters(params));
      }
      case "TerminateInstances", "StartInstances" -> out.set("instancesSet", instances(params));
      case "StopInstances" -> {
        out.set("instancesSet", instances(params));
        out.put("force", Ec2Params.bool(params, "Force"));
      }
      case "ModifyInstanceAttribute" -> modifyInstanceAttribute(params, out);
      case "CreateSecurityGroup" -> {
        copy(params, out, "GroupName", "groupName");
        copy(params, out, "GroupDescription", "groupDescription");
        copy(params, out, "VpcId", "vpcId");
        tagSpecifications(params, out);
      }
      case "DescribeSecurityGroups" -> {
        out.set("securityGroupSet", set(params, "GroupName", "groupName"));
        out.set("securityGroupIdSet", set(params, "GroupId", "groupId"));
        out.set("filterSet", filters(params));
      }
      case "AuthorizeSecurityGroupIngress",
          "AuthorizeSecurityGroupEgress",
          "RevokeSecurityGroupIngress",
          "RevokeSecurityGroupEgress" ->
          permissions(params, out);
      case "DeleteSecurityGroup" -> {
        copy(params, out, "GroupId", "groupId");
        copy(params, out, "GroupName", "groupName");
      }
      case "CreateTags", "DeleteTags" -> {
        out.set("resourcesSet", set(params, "ResourceId", "resourceId"));
        out.set("tagSet", tags(params));
      }
      case "DescribeTags" -> out.set("filterSet", filters(params));
      case "DescribeRegions" -> {
        out.set("regionSet", set(params, "RegionName", "regionName"));
        if (params.containsKey("AllRegions")) {
          out.put("allRegions", Ec2Params.bool(params, "AllRegions"));
        }
        if (!Ec2Params.members(params, "Filter").isEmpty()) {
          out.set("filterSet", filters(params));
        }
      }
      case "DescribeVolumes" -> {
        out.set("volumeSet", set(params, "VolumeId", "volumeId"));
        out.set("filterSet", filters(params));
      }
      case "CreateSnapshot" -> {
        copy(params, out, "VolumeId", "volumeId");
        copy(params, out, "Description", "description");
        tagSpecifications(params, out);
      }
      case "DescribeSnapshots" -> {
        out.set("snapshotSet", set(params, "SnapshotId", "snapshotId"));
        out.set("ownersSet", set(params, "Owner", "owner"));
        out.set("sharedUsersSet", set(params, "RestorableBy", "user"));
        out.set("filterSet", filters(params));
      }
      case "ModifySnapshotAttribute" -> snapshotAttribute(params, out);
      case "DescribeSnapshotAttribute" -> {
        copy(params, out, "SnapshotId", "snapshotId");
        out.putObject("createVolumePermission");
      }
      case "DeleteSnapshot" -> {
        copy(params, out, "SnapshotId", "snapshotId");
        out.put("force", false);
      }
      case "CreateFlowLogs", "DescribeFlowLogs", "DeleteFlowLogs" -> {
        return FlowLogRecords.request(action, params);
      }
      case "CreateKeyPair", "DeleteKeyPair" -> copy(params, out, "KeyName", "keyName");
      case "DescribeKeyPairs" -> {
        out.set("keySet", set(params, "KeyName", "keyName"));
        out.set("keyPairIdSet", set(params, "KeyPairId", "keyPairId"));
        out.set("filterSet", filters(params));
      }
      default -> {
        return RequestParameters.fromQuery(params);
      }
    }
    return out;
  }

  private static void runInstances(Map<String, String> params, ObjectNode out) {
    ObjectNode launch = Json.object();
    copy(params, launch, "ImageId", "imageId");
    integer(params, launch, "MinCount", "minCount");
    integer(params, launch, "MaxCount", "maxCount");
    copy(params, launch, "KeyName", "keyName");
    out.set("instancesSet", items(List.of(launch)));
    copy(params, out, "InstanceType", "instanceType");
    if (params.containsKey("UserData")) {
      out.put("userData", "<sensitiveDataRemoved>");
    }
    out.set("blockDeviceMapping", Json.object());
    out.set(
        "monitoring", Json.object().put("enabled", Ec2Params.bool(params, "Monitoring.Enabled")));
    copy(params, out, "SubnetId", "subnetId");
    out.put("disableApiTermination", Ec2Params.bool(params, "DisableApiTermination"));
    out.put("disableApiStop", Ec2Params.bool(params, "DisableApiStop"));
    copy(params, out, "ClientToken", "clientToken");
    ArrayNode groups = Json.MAPPER.createArrayNode();
    Ec2Params.values(params, "SecurityGroupId")
        .forEach(id -> groups.add(Json.object().put("groupId", id)));
    Ec2Params.values(params, "SecurityGroup")
        .forEach(name -> groups.add(Json.object().put("groupName", name)));
    if (!groups.isEmpty()) {
      out.set("groupSet", Json.object().set("items", groups));
    }
    Map<String, String> profile = Ec2Params.struct(params, "IamInstanceProfile");
    if (!profile.isEmpty()) {
      ObjectNode recorded = out.putObject("iamInstanceProfile");
      copy(profile, recorded, "Arn", "arn");
      copy(profile, recorded, "Name", "name");
    }
    tagSpecifications(params, out);
  }

  // Recorded as the createVolumePermission add and remove lists, whichever form the call used.
  private static void snapshotAttribute(Map<String, String> params, ObjectNode out) {
    copy(params, out, "SnapshotId", "snapshotId");
    SnapshotPermissions change;
    try {
      change = SnapshotPermissions.read(params);
    } catch (RuntimeException unreadable) {
      return;
    }
    ObjectNode permission = out.putObject("createVolumePermission");
    if (!change.addUsers().isEmpty() || change.addAll()) {
      permission.set("add", permissionItems(change.addUsers(), change.addAll()));
    }
    if (!change.removeUsers().isEmpty() || change.removeAll()) {
      permission.set("remove", permissionItems(change.removeUsers(), change.removeAll()));
    }
    out.put("attributeType", "CREATE_VOLUME_PERMISSION");
  }

  private static ObjectNode permissionItems(List<String> users, boolean all) {
    List<ObjectNode> items = new ArrayList<>();
    if (all) {
      items.add(Json.object().put("group", "all"));
    }
    users.forEach(user -> items.add(Json.object().put("userId", user)));
    return items(items);
  }

  private static void modifyInstanceAttribute(Map<String, String> params, ObjectNode out) {
    copy(params, out, "InstanceId", "instanceId");
    List<String> groups = Ec2Params.values(params, "GroupId");
    if (!groups.isEmpty()) {
      out.set("groupSet", set(params, "GroupId", "groupId"));
    }
    if (params.containsKey("DisableApiTermination.Value")) {
      out.putObject("disableApiTermination")
          .put("value", Ec2Params.bool(params, "DisableApiTermination.Value"));
    }
  }

  private static void permissions(Map<String, String> params, ObjectNode out) {
    copy(params, out, "GroupId", "groupId");
    copy(params, out, "GroupName", "groupName");
    ArrayNode permissions = Json.MAPPER.createArrayNode();
    for (Map<String, String> permission : Ec2Params.members(params, "IpPermissions")) {
      ObjectNode recorded = permissions.addObject();
      copy(permission, recorded, "IpProtocol", "ipProtocol");
      integer(permission, recorded, "FromPort", "fromPort");
      integer(permission, recorded, "ToPort", "toPort");
      recorded.set("groups", structs(permission, "Groups", "GroupId", "groupId"));
      recorded.set("ipRanges", structs(permission, "IpRanges", "CidrIp", "cidrIp"));
      recorded.set("ipv6Ranges", structs(permission, "Ipv6Ranges", "CidrIpv6", "cidrIpv6"));
      recorded.set("prefixListIds", Json.object());
    }
    out.set(
        "ipPermissions",
        permissions.isEmpty() ? Json.object() : Json.object().set("items", permissions));
    copy(params, out, "IpProtocol", "ipProtocol");
    integer(params, out, "FromPort", "fromPort");
    integer(params, out, "ToPort", "toPort");
    copy(params, out, "CidrIp", "cidrIp");
  }

  // A list of peers, each with its optional description.
  private static ObjectNode structs(
      Map<String, String> params, String list, String member, String recordedName) {
    ArrayNode items = Json.MAPPER.createArrayNode();
    for (Map<String, String> struct : Ec2Params.members(params, list)) {
      ObjectNode item = items.addObject();
      copy(struct, item, member, recordedName);
      copy(struct, item, "Description", "description");
    }
    return items.isEmpty() ? Json.object() : Json.object().set("items", items);
  }

  private static void tagSpecifications(Map<String, String> params, ObjectNode out) {
    List<Map<String, String>> specifications = Ec2Params.members(params, "TagSpecification");
    if (specifications.isEmpty()) {
      return;
    }
    ArrayNode items = Json.MAPPER.createArrayNode();
    for (Map<String, String> specification : specifications) {
      ObjectNode item = items.addObject();
      copy(specification, item, "ResourceType", "resourceType");
      // Inside a tag specification the tags are a bare array, unlike everywhere else.
      ArrayNode tags = item.putArray("tags");
      for (Map<String, String> tag : Ec2Params.members(specification, "Tag")) {
        tags.addObject().put("key", tag.get("Key")).put("value", tag.getOrDefault("Value", ""));
      }
    }
    out.set("tagSpecificationSet", Json.object().set("items", items));
  }

  private static ObjectNode instances(Map<String, String> params) {
    return set(params, "InstanceId", "instanceId");
  }

  private static ObjectNode set(Map<String, String> params, String list, String recordedName) {
    return items(
        Ec2Params.values(params, list).stream()
            .map(value -> Json.object().put(recordedName, value))
            .toList());
  }

  private static ObjectNode filters(Map<String, String> params) {
    return items(
        Ec2Params.members(params, "Filter").stream()
            .map(
                filter -> {
                  ObjectNode item = Json.object();
                  copy(filter, item, "Name", "name");
                  item.set("valueSet", set(filter, "Value", "value"));
                  return item;
                })
            .toList());
  }

  private static ObjectNode tags(Map<String, String> params) {
    return items(
        Ec2Params.members(params, "Tag").stream()
            .map(
                tag -> {
                  ObjectNode item = Json.object();
                  copy(tag, item, "Key", "key");
                  copy(tag, item, "Value", "value");
                  return item;
                })
            .toList());
  }

  private static ObjectNode items(List<ObjectNode> items) {
    ObjectNode set = Json.object();
    if (!items.isEmpty()) {
      set.putArray("items").addAll(items);
    }
    return set;
  }

  private static void copy(Map<String, String> params, ObjectNode out, String from, String to) {
    String value = params.get(from);
    if (value != null) {
      out.put(to, value);
    }
  }

  private static void integer(Map<String, String> params, ObjectNode out, String from, String to) {
    String value = params.get(from);
    if (value != null) {
      if (value.trim().matches("-?\\d{1,9}")) {
        out.put(to, Integer.parseInt(value.trim()));
      } else {
        out.put(to, value);
      }
    }
  }
}
