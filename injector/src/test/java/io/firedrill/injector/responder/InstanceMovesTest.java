package io.firedrill.injector.responder;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/** The instance moves, made on an instance the attacker launched. */
class InstanceMovesTest {

  @TempDir Path dir;

  @Test
  void isolatesSnapshotsAndTagsTheLaunchedInstance() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(
                playground,
                """
                  - { on: RunInstances, do: isolate-instances }
                  - { on: RunInstances, do: snapshot-instance-volumes }
                  - { on: RunInstances, do: tag-instances-quarantined }
                """)) {
      String instance = launch(playground.session("attacker", "dev-frank", null));

      assertThat(blue.awaitActed(3)).extracting(BlueTeamRun::outcome).containsOnly("allowed");

      Ec2Client ec2 = control(playground);
      Instance after = describe(ec2, instance);
      assertThat(after.securityGroups())
          .extracting(GroupIdentifier::groupName)
          .containsExactly(InstanceMoves.ISOLATION_GROUP);
      SecurityGroup isolation =
          ec2.describeSecurityGroups(r -> r.groupIds(after.securityGroups().get(0).groupId()))
              .securityGroups()
              .get(0);
      assertThat(isolation.ipPermissions()).isEmpty();
      assertThat(isolation.ipPermissionsEgress()).isEmpty();
      String volume = after.blockDeviceMappings().get(0).ebs().volumeId();
      assertThat(ec2.describeSnapshots(r -> r.ownerIds("self")).snapshots())
          .singleElement()
          .satisfies(s -> assertThat(s.volumeId()).isEqualTo(volume));
      assertThat(after.tags())
          .anyMatch(t -> t.key().equals(InstanceMoves.QUARANTINE_TAG) && t.value().equals("true"));
      assertThat(after.state().nameAsString()).isEqualTo("running");
    }
  }

  @Test
  void terminatesTheLaunchedInstance() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(playground, "  - { on: RunInstances, do: terminate-instances }\n")) {
      String instance = launch(playground.session("attacker", "dev-frank", null));

      assertThat(blue.awaitActed(1)).extracting(BlueTeamRun::outcome).containsOnly("allowed");
      assertThat(describe(control(playground), instance).state().nameAsString())
          .isIn("shutting-down", "terminated");
    }
  }

  private static String launch(AwsSession attacker) {
    return attacker
        .ec2(attacker.region())
        .runInstances(
            r ->
                r.imageId("ami-0abcdef1234567890")
                    .instanceType(InstanceType.C5_LARGE)
                    .minCount(1)
                    .maxCount(1))
        .instances()
        .get(0)
        .instanceId();
  }

  private static Ec2Client control(Playground playground) {
    AwsSession control = playground.control();
    return control.ec2(control.region());
  }

  private static Instance describe(Ec2Client ec2, String id) {
    return ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
  }
}
