package io.firedrill.injector.responder;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.technique.Tags;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import tools.jackson.databind.JsonNode;

/**
 * The blue team's moves on instances, in the order AWS's incident-response guidance teaches them:
 * isolate, preserve the disks, mark, and only then terminate.
 */
final class InstanceMoves {

  /** The security group that lets nothing in or out, one a region, made the first time. */
  static final String ISOLATION_GROUP = "firedrill-isolation";

  static final String QUARANTINE_TAG = "Quarantine";

  private InstanceMoves() {}

  /**
   * The instances a CloudTrail record names, those launched (RunInstances) or acted on, joined by
   * commas; null when it names none.
   */
  static String instancesIn(JsonNode record) {
    List<String> ids = new ArrayList<>();
    for (String part : List.of("responseElements", "requestParameters")) {
      for (JsonNode item : record.path(part).path("instancesSet").path("items")) {
        String id = item.path("instanceId").asString(null);
        if (id != null && !ids.contains(id)) {
          ids.add(id);
        }
      }
      if (!ids.isEmpty()) {
        break;
      }
    }
    return ids.isEmpty() ? null : String.join(",", ids);
  }

  static ApiCall isolate(AwsSession session, String region, List<String> instances) {
    Ec2Client ec2 = session.ec2(region);
    String[] groupId = new String[1];
    ApiCall found =
        session.call(
            "ec2",
            "DescribeSecurityGroups",
            () -> {
              var groups =
                  ec2.describeSecurityGroups(
                      r -> r.filters(f -> f.name("group-name").values(ISOLATION_GROUP)));
              groupId[0] =
                  groups.securityGroups().stream()
                      .map(SecurityGroup::groupId)
                      .findFirst()
                      .orElse(null);
              return groups;
            });
    if (!found.outcome().equals("allowed")) {
      return found;
    }
    if (groupId[0] == null) {
      ApiCall created = createIsolationGroup(session, ec2, groupId);
      if (!created.outcome().equals("allowed")) {
        return created;
      }
    }
    ApiCall last = found;
    for (String instance : instances) {
      last =
          session.call(
              "ec2",
              "ModifyInstanceAttribute",
              () -> ec2.modifyInstanceAttribute(r -> r.instanceId(instance).groups(groupId[0])));
      if (!last.outcome().equals("allowed")) {
        return last;
      }
    }
    return last;
  }

  // A new group allows all traffic out; the rule must go for the group to isolate anything.
  private static ApiCall createIsolationGroup(AwsSession session, Ec2Client ec2, String[] groupId) {
    ApiCall created =
        session.call(
            "ec2",
            "CreateSecurityGroup",
            () -> {
              var group =
                  ec2.createSecurityGroup(
                      r ->
                          r.groupName(ISOLATION_GROUP)
                              .description("No traffic in or out: instances under investigation")
                              .tagSpecifications(
                                  t ->
                                      t.resourceType(ResourceType.SECURITY_GROUP)
                                          .tags(exerciseTag(session))));
              groupId[0] = group.groupId();
              return group;
            });
    if (!created.outcome().equals("allowed")) {
      return created;
    }
    List<IpPermission> egress =
        ec2.describeSecurityGroups(r -> r.groupIds(groupId[0]))
            .securityGroups()
            .get(0)
            .ipPermissionsEgress();
    if (egress.isEmpty()) {
      return created;
    }
    return session.call(
        "ec2",
        "RevokeSecurityGroupEgress",
        () -> ec2.revokeSecurityGroupEgress(r -> r.groupId(groupId[0]).ipPermissions(egress)));
  }

  static ApiCall snapshotVolumes(AwsSession session, String region, List<String> instances) {
    Ec2Client ec2 = session.ec2(region);
    List<Volume> volumes = new ArrayList<>();
    ApiCall last =
        session.call(
            "ec2",
            "DescribeVolumes",
            () -> {
              var described =
                  ec2.describeVolumes(
                      r -> r.filters(f -> f.name("attachment.instance-id").values(instances)));
              volumes.addAll(described.volumes());
              return described;
            });
    for (Volume volume : volumes) {
      if (!last.outcome().equals("allowed")) {
        return last;
      }
      String instance =
          volume.attachments().isEmpty() ? "" : volume.attachments().get(0).instanceId();
      last =
          session.call(
              "ec2",
              "CreateSnapshot",
              () ->
                  ec2.createSnapshot(
                      r ->
                          r.volumeId(volume.volumeId())
                              .description(
                                  "Forensic copy of " + volume.volumeId() + " of " + instance)
                              .tagSpecifications(
                                  t ->
                                      t.resourceType(ResourceType.SNAPSHOT)
                                          .tags(exerciseTag(session)))));
    }
    return last;
  }

  static ApiCall tagQuarantined(AwsSession session, String region, List<String> instances) {
    return session.call(
        "ec2",
        "CreateTags",
        () ->
            session
                .ec2(region)
                .createTags(
                    r ->
                        r.resources(instances)
                            .tags(Tag.builder().key(QUARANTINE_TAG).value("true").build())));
  }

  static ApiCall terminate(AwsSession session, String region, List<String> instances) {
    return session.call(
        "ec2",
        "TerminateInstances",
        () -> session.ec2(region).terminateInstances(r -> r.instanceIds(instances)));
  }

  private static Tag exerciseTag(AwsSession session) {
    return Tag.builder().key(Tags.EXERCISE).value(session.exerciseId()).build();
  }
}
