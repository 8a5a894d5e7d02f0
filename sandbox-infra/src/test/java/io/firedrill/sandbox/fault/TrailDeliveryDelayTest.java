package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.Sandboxes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The trail-delay fault holds delivered log files back as it holds LookupEvents back. */
class TrailDeliveryDelayTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aCallMadeUnderATrailDelayReachesTheBucketOnlyOnceTheDelayHasPassed() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox =
            Sandboxes.builder(clock).trailDeliveryInterval(Duration.ofMillis(100)).start();
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(sandbox.endpoint())
                .forcePathStyle(true)
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
        IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      s3.createBucket(b -> b.bucket("trail-logs"));
      cloudTrail.createTrail(t -> t.name("main").s3BucketName("trail-logs"));
      cloudTrail.startLogging(s -> s.name("main"));

      String fault = Control.set(sandbox, "{\"kind\":\"trail-delay\",\"delay\":\"5m\"}");
      iam.createUser(u -> u.userName("late"));
      Control.call(
          sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults/" + fault, null);
      iam.createUser(u -> u.userName("on-time"));
      // A call made after "late" has been delivered, so delivery rounds ran while "late" waited.
      await().atMost(Duration.ofSeconds(20)).until(() -> users(s3).contains("on-time"));
      List<String> beforeTheDelay = users(s3);
      clock.advance(Duration.ofMinutes(5));
      await().atMost(Duration.ofSeconds(20)).until(() -> users(s3).contains("late"));

      assertThat(beforeTheDelay).containsExactly("on-time");
    }
  }

  private static List<String> users(S3Client s3) {
    List<String> users = new ArrayList<>();
    for (var object : s3.listObjectsV2(b -> b.bucket("trail-logs")).contents()) {
      byte[] gz = s3.getObjectAsBytes(g -> g.bucket("trail-logs").key(object.key())).asByteArray();
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
        for (JsonNode record : JSON.readTree(in.readAllBytes()).path("Records")) {
          if (record.path("eventName").asString().equals("CreateUser")) {
            users.add(record.at("/requestParameters/userName").asString());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return users;
  }
}
