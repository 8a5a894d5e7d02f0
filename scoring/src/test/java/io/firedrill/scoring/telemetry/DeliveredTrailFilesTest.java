package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * The files a trail delivers, downloaded through the SDK as an investigator would ({@code aws s3
 * sync}), read by {@link CloudTrailFiles} as they are: gzipped, nested by date, one {@code Records}
 * wrapper each.
 */
class DeliveredTrailFilesTest {

  @Test
  void readsWhatTheSandboxsTrailDelivered(@TempDir Path folder) throws Exception {
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
      s3.createBucket(b -> b.bucket("logs"));
      cloudTrail.createTrail(t -> t.name("watched").s3BucketName("logs"));
      cloudTrail.startLogging(s -> s.name("watched"));
      cloudTrail.stopLogging(s -> s.name("watched"));

      // Delivery runs on its own clock: the two calls may reach the bucket in different files.
      List<JsonNode> records = new ArrayList<>();
      long[] count = {0};
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                records.clear();
                for (S3Object file : s3.listObjectsV2(b -> b.bucket("logs")).contents()) {
                  Path target = folder.resolve(file.key());
                  Files.createDirectories(target.getParent());
                  Files.write(
                      target,
                      s3.getObjectAsBytes(b -> b.bucket("logs").key(file.key())).asByteArray());
                }
                count[0] = CloudTrailFiles.read(folder, records::add);
                return records.stream()
                    .anyMatch(r -> r.path("eventName").asString().equals("StopLogging"));
              });

      assertThat(count[0]).isEqualTo(records.size());
      // Files come in key order, and two files of one minute sort by their random part, as
      // CloudTrail's own do: the records are all there, in whichever order their files came.
      assertThat(records)
          .extracting(r -> r.path("eventName").asString())
          .contains("StartLogging", "StopLogging");
      assertThat(records).allSatisfy(r -> assertThat(r.path("eventID").asString()).isNotEmpty());
    }
  }
}
