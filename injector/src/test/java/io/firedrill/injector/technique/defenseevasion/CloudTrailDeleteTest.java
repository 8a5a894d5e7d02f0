package io.firedrill.injector.technique.defenseevasion;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudTrailDeleteTest {

  @TempDir Path dir;

  @Test
  void deletesTheTrailAndCleanupPutsItBackLogging() throws Exception {
    try (Playground playground = new Playground(dir)) {
      CloudTrailDelete technique = new CloudTrailDelete();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", Playground.TRAIL)),
              playground.ledger(technique.id()));

      // What cleanup needs is read first: the bucket, and whether it was logging.
      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("DescribeTrails", "GetTrailStatus", "DeleteTrail");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      assertThat(playground.admin().describeTrails().trailList()).isEmpty();

      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(playground.admin().describeTrails().trailList())
          .extracting(t -> t.name())
          .containsExactly(Playground.TRAIL);
      assertThat(playground.admin().getTrailStatus(r -> r.name(Playground.TRAIL)).isLogging())
          .isTrue();
    }
  }

  @Test
  void aTrailTheActorCannotReadIsNotDeletedSinceCleanupCouldNotPutItBack() throws Exception {
    try (Playground playground = new Playground(dir)) {
      var iam = playground.control().iam();
      iam.detachUserPolicy(
          r -> r.userName("dev-frank").policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
      iam.putUserPolicy(
          r ->
              r.userName("dev-frank")
                  .policyName("delete-only")
                  .policyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Action\":\"cloudtrail:DeleteTrail\",\"Resource\":\"*\"}]}"));
      CloudTrailDelete technique = new CloudTrailDelete();

      List<ApiCall> calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("trail", Playground.TRAIL)),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation, ApiCall::outcome)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("DescribeTrails", "denied"));
      assertThat(playground.admin().describeTrails().trailList())
          .extracting(t -> t.name())
          .containsExactly(Playground.TRAIL);
    }
  }
}
