package io.firedrill.injector.technique.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

class Ec2RunInstancesBurstTest {

  @TempDir Path dir;

  @Test
  void launchesUpToTheQuotaInEachRegionAndCleanupTerminatesThem() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Ec2RunInstancesBurst technique = new Ec2RunInstancesBurst();
      AwsSession attacker = playground.session("attacker", "dev-frank", null);
      Ec2RunInstancesBurst.Params burst =
          technique.parameters(
              Map.of(
                  "regions", "us-east-1, eu-west-1", "instanceType", "c5.4xlarge", "count", "4"));

      List<ApiCall> first = technique.detonate(attacker, burst, playground.ledger(technique.id()));
      // The standard quota is 32 vCPUs a region: two 16-vCPU instances each, then refusals.
      List<ApiCall> second = technique.detonate(attacker, burst, playground.ledger(technique.id()));

      assertThat(first).extracting(ApiCall::outcome).containsExactly("allowed", "allowed");
      assertThat(second)
          .extracting(ApiCall::errorCode)
          .containsExactly("VcpuLimitExceeded", "VcpuLimitExceeded");
      AwsSession control = playground.control();
      assertThat(running(control, "us-east-1")).hasSize(2);
      assertThat(running(control, "eu-west-1")).hasSize(2);
      assertThat(running(control, "us-east-1").get(0).tags())
          .anyMatch(t -> t.key().equals("firedrill:technique") && t.value().equals(technique.id()));

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(running(control, "us-east-1")).isEmpty();
      assertThat(running(control, "eu-west-1")).isEmpty();
    }
  }

  private static List<Instance> running(AwsSession session, String region) {
    return session.ec2(region).describeInstances().reservations().stream()
        .map(Reservation::instances)
        .flatMap(List::stream)
        .filter(i -> "running".equals(i.state().nameAsString()))
        .toList();
  }
}
