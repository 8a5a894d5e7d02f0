package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instance-compromise story as a responder types it with the AWS CLI: isolate the instance in a
 * quarantine security group without rules, snapshot its volumes as evidence, tag it, terminate it;
 * then read CloudTrail to see that each step is on the record under the responder's name.
 */
class InstanceCompromiseCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Sandbox sandbox;
  private AwsBasicCredentials responder;

  private JsonNode ok(String... arguments) {
    AwsCli.Result result = AwsCli.run(sandbox, responder, arguments);
    assertThat(result.exitCode()).as(String.join(" ", arguments) + "\n" + result.output()).isZero();
    return result.output().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.output());
  }

  @Test
  void isolateSnapshotTagAndTerminateAndCloudTrailHasEveryStep() {
    Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
    try (Sandbox started = Sandbox.builder().port(0).start()) {
      sandbox = started;
      responder = SandboxClients.newAdmin(sandbox, "blue-responder");
      String web =
          ok("ec2", "create-security-group", "--group-name", "web", "--description", "web")
              .get("GroupId")
              .asString();
      ok(
          "ec2",
          "authorize-security-group-ingress",
          "--group-id",
          web,
          "--protocol",
          "tcp",
          "--port",
          "22",
          "--cidr",
          "0.0.0.0/0");
      String instance =
          ok(
                  "ec2",
                  "run-instances",
                  "--image-id",
                  "ami-12345678",
                  "--instance-type",
                  "t3.micro",
                  "--count",
                  "1",
                  "--security-group-ids",
                  web)
              .at("/Instances/0/InstanceId")
              .asString();

      // Isolate: a group that lets nothing in or out, and the instance in it alone.
      String quarantine =
          ok(
                  "ec2",
                  "create-security-group",
                  "--group-name",
                  "quarantine",
                  "--description",
                  "IR isolation, no rules")
              .get("GroupId")
              .asString();
      ok(
          "ec2",
          "revoke-security-group-egress",
          "--group-id",
          quarantine,
          "--ip-permissions",
          "[{\"IpProtocol\":\"-1\",\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]}]");
      JsonNode modified =
          ok("ec2", "modify-instance-attribute", "--instance-id", instance, "--groups", quarantine);
      JsonNode group =
          ok("ec2", "describe-security-groups", "--group-ids", quarantine).at("/SecurityGroups/0");
      JsonNode isolated =
          ok("ec2", "describe-instances", "--instance-ids", instance)
              .at("/Reservations/0/Instances/0");

      assertThat(modified.isEmpty()).as("modify-instance-attribute prints nothing").isTrue();
      assertThat(group.get("IpPermissions")).isEmpty();
      assertThat(group.get("IpPermissionsEgress")).isEmpty();
      assertThat(isolated.get("SecurityGroups"))
          .extracting(g -> g.get("GroupId").asString())
          .containsExactly(quarantine);

      // Evidence: a snapshot of every attached volume, tagged with the case.
      JsonNode volumes =
          ok(
                  "ec2",
                  "describe-volumes",
                  "--filters",
                  "Name=attachment.instance-id,Values=" + instance)
              .get("Volumes");
      assertThat(volumes).isNotEmpty();
      List<String> snapshots = new ArrayList<>();
      for (JsonNode volume : volumes) {
        JsonNode snapshot =
            ok(
                "ec2",
                "create-snapshot",
                "--volume-id",
                volume.get("VolumeId").asString(),
                "--description",
                "IR-42 evidence of " + instance,
                "--tag-specifications",
                "ResourceType=snapshot,Tags=[{Key=case,Value=IR-42}]");
        assertThat(snapshot.get("SnapshotId").asString()).matches("snap-[0-9a-f]{17}");
        assertThat(snapshot.get("VolumeId").asString())
            .isEqualTo(volume.get("VolumeId").asString());
        snapshots.add(snapshot.get("SnapshotId").asString());
      }
      JsonNode evidence =
          ok(
              "ec2",
              "describe-snapshots",
              "--owner-ids",
              "self",
              "--filters",
              "Name=tag:case,Values=IR-42");
      assertThat(evidence.get("Snapshots"))
          .extracting(s -> s.get("SnapshotId").asString())
          .containsExactlyInAnyOrderElementsOf(snapshots);

      // Tag, then terminate.
      ok(
          "ec2",
          "create-tags",
          "--resources",
          instance,
          "--tags",
          "Key=quarantine,Value=IR-42",
          "Key=firedrill:responder,Value=blue-responder");
      JsonNode tags =
          ok("ec2", "describe-tags", "--filters", "Name=resource-id,Values=" + instance);
      assertThat(tags.get("Tags"))
          .extracting(t -> t.get("Key").asString() + "=" + t.get("Value").asString())
          .contains("quarantine=IR-42");
      JsonNode terminated = ok("ec2", "terminate-instances", "--instance-ids", instance);
      assertThat(terminated.at("/TerminatingInstances/0/InstanceId").asString())
          .isEqualTo(instance);
      assertThat(terminated.at("/TerminatingInstances/0/PreviousState/Name").asString())
          .isEqualTo("running");
      assertThat(terminated.at("/TerminatingInstances/0/CurrentState/Name").asString())
          .isIn("shutting-down", "terminated");

      // CloudTrail: each step, by the responder, with what it changed.
      JsonNode events =
          ok(
                  "cloudtrail",
                  "lookup-events",
                  "--lookup-attributes",
                  "AttributeKey=Username,AttributeValue=blue-responder",
                  "--max-results",
                  "50")
              .get("Events");
      List<String> names = new ArrayList<>();
      JsonNode modifyRecord = null;
      for (JsonNode event : events) {
        names.add(event.get("EventName").asString());
        if (event.get("EventName").asString().equals("ModifyInstanceAttribute")) {
          modifyRecord = JSON.readTree(event.get("CloudTrailEvent").asString());
        }
      }
      assertThat(names)
          .contains(
              "RevokeSecurityGroupEgress",
              "ModifyInstanceAttribute",
              "CreateSnapshot",
              "CreateTags",
              "TerminateInstances");
      assertThat(names.stream().filter("CreateSecurityGroup"::equals)).hasSize(2);
      assertThat(modifyRecord).isNotNull();
      assertThat(modifyRecord.at("/userIdentity/userName").asString()).isEqualTo("blue-responder");
      assertThat(modifyRecord.at("/requestParameters/instanceId").asString()).isEqualTo(instance);
      assertThat(modifyRecord.at("/requestParameters").toString()).contains(quarantine);
    }
  }
}
