package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/** Reads a trail where the trail delivered it: in its bucket, through the S3 API. */
class S3TrailFilesTest {

  @Test
  void readsTheTrailsFilesInItsBucketAndLeavesOtherObjectsAlone() {
    try (Sandbox sandbox =
            Sandbox.builder().port(0).trailDeliveryInterval(Duration.ofMillis(200)).start();
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(sandbox.endpoint())
                .forcePathStyle(true)
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .build();
        CloudTrailClient cloudTrail =
            CloudTrailClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .build()) {
      s3.createBucket(b -> b.bucket("trail-bucket"));
      String digest =
          "AWSLogs/" + sandbox.accountId() + "/CloudTrail-Digest/x_CloudTrail-Digest_1.json.gz";
      s3.putObject(b -> b.bucket("trail-bucket").key(digest), body("{\"digestEndTime\":\"x\"}"));
      s3.putObject(b -> b.bucket("trail-bucket").key("notes.txt"), body("not a trail"));
      cloudTrail.createTrail(t -> t.name("watched").s3BucketName("trail-bucket"));
      cloudTrail.startLogging(s -> s.name("watched"));
      cloudTrail.stopLogging(s -> s.name("watched"));
      S3TrailFiles.Location where = S3TrailFiles.Location.parse("s3://trail-bucket/AWSLogs/");

      List<JsonNode> records = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                records.clear();
                CloudTrailFiles.read(S3TrailFiles.list(s3, where), records::add);
                return records.stream()
                    .anyMatch(r -> r.path("eventName").asString().equals("StopLogging"));
              });

      assertThat(S3TrailFiles.list(s3, where))
          .extracting(TrailFile::name)
          .allMatch(name -> name.startsWith("s3://trail-bucket/AWSLogs/"))
          .allMatch(name -> name.contains("/CloudTrail/") && name.endsWith(".json.gz"));
      assertThat(records)
          .extracting(r -> r.path("eventName").asString())
          // in key order: two files of one minute sort by their random part
          .contains("StartLogging", "StopLogging");
      assertThatThrownBy(
              () -> S3TrailFiles.list(s3, S3TrailFiles.Location.parse("s3://no-such-bucket")))
          .isInstanceOf(TelemetryException.class)
          .hasMessageContaining("s3://no-such-bucket/: cannot list the files there");
    }
  }

  @Test
  void saysWhatALocationLooksLike() {
    assertThat(S3TrailFiles.Location.parse("s3://b/AWSLogs/1/"))
        .isEqualTo(new S3TrailFiles.Location("b", "AWSLogs/1/"));
    assertThat(S3TrailFiles.Location.parse("s3://b")).isEqualTo(new S3TrailFiles.Location("b", ""));
    assertThatThrownBy(() -> S3TrailFiles.Location.parse("/tmp/trail"))
        .isInstanceOf(TelemetryException.class)
        .hasMessageContaining("expected s3://BUCKET or s3://BUCKET/PREFIX");
  }

  private static software.amazon.awssdk.core.sync.RequestBody body(String text) {
    return software.amazon.awssdk.core.sync.RequestBody.fromString(text);
  }
}
