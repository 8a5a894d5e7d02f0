package io.firedrill.injector.technique.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudtrail.model.Event;

class S3GetObjectSweepTest {

  @TempDir Path dir;

  @Test
  void downloadsUpToMaxObjectsAsDataEventsAndChangesNothing() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession control = playground.control();
      control.s3().createBucket(r -> r.bucket("exports"));
      for (int i = 0; i < 5; i++) {
        String key = "export-" + i + ".csv";
        control.s3().putObject(r -> r.bucket("exports").key(key), RequestBody.fromString(key));
      }
      S3GetObjectSweep technique = new S3GetObjectSweep();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("bucket", "exports", "max", "3")),
              playground.ledger(technique.id()));

      assertThat(calls)
          .extracting(ApiCall::operation)
          .containsExactly("ListObjects", "GetObject", "GetObject", "GetObject");
      assertThat(calls).extracting(ApiCall::outcome).containsOnly("allowed");
      // Data events: event history never holds them.
      assertThat(playground.admin().lookupEvents(l -> l.maxResults(50)).events())
          .extracting(Event::eventName)
          .doesNotContain("GetObject", "ListObjects");
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(control.s3().listObjectsV2(r -> r.bucket("exports")).keyCount()).isEqualTo(5);
    }
  }

  @Test
  void aMissingBucketEndsTheSweepAtTheListing() throws Exception {
    try (Playground playground = new Playground(dir)) {
      S3GetObjectSweep technique = new S3GetObjectSweep();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("bucket", "missing-bucket")),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::errorCode).containsExactly("NoSuchBucket");
    }
  }
}
