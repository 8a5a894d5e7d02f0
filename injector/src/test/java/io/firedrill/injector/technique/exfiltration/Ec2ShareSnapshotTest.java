package io.firedrill.injector.technique.exfiltration;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.InstanceType;

class Ec2ShareSnapshotTest {

  @TempDir Path dir;

  @Test
  void sharesTheAccountsSnapshotWithTheOutsiderUntilCleanup() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Ec2ShareSnapshot technique = new Ec2ShareSnapshot();
      AwsSession control = playground.control();
      String snapshot = aSnapshot(control.ec2(control.region()));

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("account", "999988887777")),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("DescribeSnapshots", "ModifySnapshotAttribute");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(sharedWith(control, snapshot)).containsExactly("999988887777");

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(sharedWith(control, snapshot)).isEmpty();
    }
  }

  /** A snapshot of a running instance's root volume, as a backup job would leave. */
  private static String aSnapshot(Ec2Client ec2) {
    String instance =
        ec2.runInstances(
                r ->
                    r.imageId("ami-0abcdef1234567890")
                        .instanceType(InstanceType.T3_MICRO)
                        .minCount(1)
                        .maxCount(1))
            .instances()
            .get(0)
            .instanceId();
    String volume =
        ec2.describeVolumes(r -> r.filters(f -> f.name("attachment.instance-id").values(instance)))
            .volumes()
            .get(0)
            .volumeId();
    return ec2.createSnapshot(r -> r.volumeId(volume).description("nightly backup")).snapshotId();
  }

  private static List<String> sharedWith(AwsSession control, String snapshot) {
    return control
        .ec2(control.region())
        .describeSnapshotAttribute(r -> r.snapshotId(snapshot).attribute("createVolumePermission"))
        .createVolumePermissions()
        .stream()
        .map(CreateVolumePermission::userId)
        .toList();
  }
}
