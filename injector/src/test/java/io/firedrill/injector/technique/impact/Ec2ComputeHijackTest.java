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

class Ec2ComputeHijackTest {

  @TempDir Path dir;

  @Test
  void fallsBackToCpuWhereTheGpuQuotaRefusesAndCleanupTerminates() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Ec2ComputeHijack technique = new Ec2ComputeHijack();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("regions", "us-east-1,eu-west-1", "count", "2")),
              playground.ledger(technique.id()));

      // A new account's GPU quota is zero: each region refuses the GPUs, then takes the CPUs.
      assertThat(calls)
          .extracting(ApiCall::errorCode)
          .containsExactly("VcpuLimitExceeded", null, "VcpuLimitExceeded", null);
      AwsSession control = playground.control();
      for (String region : List.of("us-east-1", "eu-west-1")) {
        assertThat(running(control, region))
            .hasSize(2)
            .allSatisfy(
                i -> {
                  assertThat(i.instanceTypeAsString()).isEqualTo("c5.4xlarge");
                  assertThat(i.tags())
                      .anyMatch(
                          t ->
                              t.key().equals("firedrill:technique")
                                  && t.value().equals(technique.id()));
                });
      }

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
