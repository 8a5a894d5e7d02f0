package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.FlowLog;

class VpcDeleteFlowLogsTest {

  @TempDir Path dir;

  @Test
  void deletesTheBaselinesFlowLogAndCleanupCreatesOneLikeIt() throws Exception {
    try (Playground playground = new Playground(dir)) {
      VpcDeleteFlowLogs technique = new VpcDeleteFlowLogs();
      AwsSession control = playground.control();
      FlowLog before = flowLogs(control).get(0);

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of()),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("DescribeFlowLogs", "DeleteFlowLogs");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(flowLogs(control)).isEmpty();

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(flowLogs(control))
          .singleElement()
          .satisfies(
              after -> {
                assertThat(after.resourceId()).isEqualTo(before.resourceId());
                assertThat(after.trafficType()).isEqualTo(before.trafficType());
                assertThat(after.logDestinationType()).isEqualTo(before.logDestinationType());
                assertThat(after.logDestination()).isEqualTo(before.logDestination());
              });
    }
  }

  @Test
  void refusesWhatIsNotAFlowLogId() {
    assertThatThrownBy(() -> new VpcDeleteFlowLogs().parameters(Map.of("flowLogId", "vpc-1")))
        .hasMessageContaining("'vpc-1'");
  }

  private static List<FlowLog> flowLogs(AwsSession control) {
    return control.ec2(control.region()).describeFlowLogs().flowLogs();
  }
}
