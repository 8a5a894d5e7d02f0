package io.firedrill.injector.technique.exfiltration;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2OpenPort22IngressTest {

  @TempDir Path dir;

  @Test
  void opensSshToTheWorldAndCleanupClosesIt() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Ec2OpenPort22Ingress technique = new Ec2OpenPort22Ingress();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("allowed", "allowed");
      AwsSession control = playground.control();
      assertThat(openToWorldOn22(control)).isTrue();
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(openToWorldOn22(control)).isFalse();
    }
  }

  private static boolean openToWorldOn22(AwsSession control) {
    return control
        .ec2(control.region())
        .describeSecurityGroups(r -> r.groupNames("default"))
        .securityGroups()
        .get(0)
        .ipPermissions()
        .stream()
        .anyMatch(
            p ->
                Integer.valueOf(22).equals(p.fromPort())
                    && p.ipRanges().stream().anyMatch(r -> "0.0.0.0/0".equals(r.cidrIp())));
  }
}
