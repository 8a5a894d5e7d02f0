package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trail keeps logging while it is blinded; cleanup restores what it recorded and where. */
class QuietBlindingTest {

  @TempDir Path dir;

  @Test
  void selectorsThatLeaveOutManagementEventsAreRestored() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailEventSelectors technique = new CloudTrailEventSelectors();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", Playground.TRAIL)),
              playground.ledger(technique.id()));

      // The selectors are read first, so that cleanup can put them back.
      assertThat(calls)
          .extracting(ApiCall::operation, ApiCall::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("GetEventSelectors", "allowed"),
              org.assertj.core.groups.Tuple.tuple("PutEventSelectors", "allowed"));
      assertThat(selector(playground).includeManagementEvents()).isFalse();
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isTrue();
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(selector(playground).includeManagementEvents()).isTrue();
      assertThat(selector(playground).readWriteTypeAsString()).isEqualTo("All");
    }
  }

  @Test
  void aRedirectedTrailDeliversToItsOwnBucketAgainAfterCleanup() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailRedirectBucket technique = new CloudTrailRedirectBucket();
      String original = bucket(playground);

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", Playground.TRAIL, "bucket", "attacker-logs")),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation, ApiCall::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("DescribeTrails", "allowed"),
              org.assertj.core.groups.Tuple.tuple("UpdateTrail", "allowed"));
      assertThat(bucket(playground)).isEqualTo("attacker-logs");
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(bucket(playground)).isEqualTo(original);
    }
  }

  private static software.amazon.awssdk.services.cloudtrail.model.EventSelector selector(
      Playground playground) {
    return playground
        .admin()
        .getEventSelectors(r -> r.trailName(Playground.TRAIL))
        .eventSelectors()
        .get(0);
  }

  private static String bucket(Playground playground) {
    return playground.admin().describeTrails().trailList().get(0).s3BucketName();
  }
}
