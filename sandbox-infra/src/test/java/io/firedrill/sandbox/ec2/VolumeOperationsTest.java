package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.OperationType;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.SnapshotState;
import software.amazon.awssdk.services.ec2.model.Volume;
import tools.jackson.databind.JsonNode;

/** Root volumes, snapshots, and sharing a snapshot with another account (an exfiltration path). */
class VolumeOperationsTest {

  private static final String ATTACKER = "012345678912";

  @Test
  void aSnapshotOfARootVolumeIsSharedAndUnshared() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      String instance =
          ec2.runInstances(
                  r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(1))
              .instances()
              .get(0)
              .instanceId();
      Volume root =
          ec2.describeVolumes(
                  d -> d.filters(f -> f.name("attachment.instance-id").values(instance)))
              .volumes()
              .get(0);
      assertThat(root.size()).isEqualTo(8);
      assertThat(root.attachments().get(0).instanceId()).isEqualTo(instance);

      var created = ec2.createSnapshot(c -> c.volumeId(root.volumeId()).description("backup"));
      assertThat(created.state()).isEqualTo(SnapshotState.PENDING);
      String snapshot = created.snapshotId();
      assertThat(snapshot).matches("snap-[0-9a-f]{17}");
      assertThat(ec2.describeSnapshots(d -> d.ownerIds("self")).snapshots())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.snapshotId()).isEqualTo(snapshot);
                assertThat(s.state()).isEqualTo(SnapshotState.COMPLETED);
                assertThat(s.volumeSize()).isEqualTo(8);
              });

      ec2.modifySnapshotAttribute(
          m ->
              m.snapshotId(snapshot)
                  .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                  .operationType(OperationType.ADD)
                  .userIds(ATTACKER));
      assertThat(permissions(ec2, snapshot))
          .extracting(CreateVolumePermission::userId)
          .containsExactly(ATTACKER);
      ec2.modifySnapshotAttribute(
          m ->
              m.snapshotId(snapshot)
                  .createVolumePermission(
                      p ->
                          p.add(CreateVolumePermission.builder().group(PermissionGroup.ALL).build())
                              .remove(CreateVolumePermission.builder().userId(ATTACKER).build())));
      assertThat(permissions(ec2, snapshot))
          .extracting(CreateVolumePermission::groupAsString)
          .containsExactly("all");

      JsonNode shared = Ec2Clients.records(sandbox, "ModifySnapshotAttribute").get(1);
      assertThat(shared.at("/requestParameters/snapshotId").asString()).isEqualTo(snapshot);
      assertThat(
              shared.at("/requestParameters/createVolumePermission/add/items/0/userId").asString())
          .isEqualTo(ATTACKER);
      assertThat(shared.at("/requestParameters/attributeType").asString())
          .isEqualTo("CREATE_VOLUME_PERMISSION");
      assertThat(shared.at("/responseElements/_return").asBoolean()).isTrue();

      ec2.deleteSnapshot(d -> d.snapshotId(snapshot));
      Throwable gone = catchThrowable(() -> ec2.describeSnapshots(d -> d.snapshotIds(snapshot)));
      assertThat(Ec2Clients.code(gone)).isEqualTo("InvalidSnapshot.NotFound");

      ec2.terminateInstances(t -> t.instanceIds(instance));
      Throwable deleted =
          catchThrowable(() -> ec2.describeVolumes(d -> d.volumeIds(root.volumeId())));
      assertThat(Ec2Clients.code(deleted)).isEqualTo("InvalidVolume.NotFound");
    }
  }

  private static java.util.List<CreateVolumePermission> permissions(Ec2Client ec2, String id) {
    return ec2.describeSnapshotAttribute(
            d -> d.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION))
        .createVolumePermissions();
  }
}
