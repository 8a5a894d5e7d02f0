package io.firedrill.injector.technique.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import tools.jackson.databind.json.JsonMapper;

class Ec2DescribeInstancesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void looksInEachRegionAndCloudTrailRecordsEachRegionsCall() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Ec2DescribeInstances technique = new Ec2DescribeInstances();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("regions", "us-east-1, eu-west-1,ap-southeast-2")),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed").hasSize(3);
      List<Event> events =
          playground
              .admin()
              .lookupEvents(
                  r ->
                      r.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("DescribeInstances")))
              .events();
      assertThat(events)
          .extracting(e -> JSON.readTree(e.cloudTrailEvent()).path("awsRegion").asString())
          .containsExactlyInAnyOrder("us-east-1", "eu-west-1", "ap-southeast-2");
      assertThat(playground.cleanup().undone()).isEmpty();
    }
  }

  @Test
  void refusesWhatIsNotARegion() {
    assertThatThrownBy(
            () -> new Ec2DescribeInstances().parameters(Map.of("regions", "us-east-1,mars")))
        .hasMessageContaining("'mars'");
  }
}
