package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trail log delivery, read back through the SDK as an investigator would: gzipped {@code
 * {"Records":[...]}} files under {@code <prefix>/AWSLogs/<account>/CloudTrail/<region>/...}, only
 * of what happened while the trail logged and its selectors let through, in its current bucket.
 * Each check waits for a marker call made after the change to arrive, so that what must never
 * arrive has had its chance.
 */
class TrailDeliveryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Sandbox sandbox;
  private S3Client s3;
  private CloudTrailClient cloudTrail;
  private IamClient iam;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).trailDeliveryInterval(Duration.ofMillis(200)).start();
    s3 = S3Clients.pathStyle(sandbox, sandbox.adminCredentials());
    cloudTrail = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
    iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
    s3.createBucket(b -> b.bucket("trail-logs"));
    cloudTrail.createTrail(t -> t.name("main").s3BucketName("trail-logs").s3KeyPrefix("audit"));
  }

  @AfterEach
  void stop() {
    s3.close();
    cloudTrail.close();
    iam.close();
    sandbox.close();
  }

  @Test
  void aLoggingTrailDeliversRealFormatFilesAndSaysWhen() {
    cloudTrail.startLogging(s -> s.name("main"));
    iam.createUser(u -> u.userName("marker-1"));

    awaitUser("trail-logs", "marker-1");
    List<S3Object> files = s3.listObjectsV2(b -> b.bucket("trail-logs")).contents();
    String account = sandbox.accountId();
    assertThat(files)
        .extracting(S3Object::key)
        .allMatch(
            key ->
                key.matches(
                    "audit/AWSLogs/"
                        + account
                        + "/CloudTrail/us-east-1/\\d{4}/\\d{2}/\\d{2}/"
                        + account
                        + "_CloudTrail_us-east-1_\\d{8}T\\d{4}Z_[A-Za-z0-9]{16}\\.json\\.gz"));
    assertThat(records("trail-logs"))
        .extracting(r -> r.path("eventName").asString())
        .contains("StartLogging", "CreateUser");
    assertThat(cloudTrail.getTrailStatus(g -> g.name("main")).latestDeliveryTime()).isNotNull();
  }

  @Test
  void nothingDoneWhileStoppedOrExcludedIsDelivered() {
    cloudTrail.startLogging(s -> s.name("main"));
    cloudTrail.stopLogging(s -> s.name("main"));
    iam.createUser(u -> u.userName("while-stopped"));
    cloudTrail.putEventSelectors(
        p -> p.trailName("main").eventSelectors(e -> e.includeManagementEvents(false)));
    cloudTrail.startLogging(s -> s.name("main"));
    iam.createUser(u -> u.userName("while-excluded"));
    cloudTrail.putEventSelectors(
        p -> p.trailName("main").eventSelectors(e -> e.includeManagementEvents(true)));
    iam.createUser(u -> u.userName("marker-2"));

    awaitUser("trail-logs", "marker-2");
    List<String> users = users(records("trail-logs"));
    assertThat(users).contains("marker-2").doesNotContain("while-stopped", "while-excluded");
    // The call that stopped the trail is in it, as on AWS.
    assertThat(records("trail-logs"))
        .extracting(r -> r.path("eventName").asString())
        .contains("StopLogging");
  }

  @Test
  void afterUpdateTrailTheNewBucketGetsTheLogs() {
    s3.createBucket(b -> b.bucket("attacker-logs"));
    cloudTrail.startLogging(s -> s.name("main"));
    cloudTrail.updateTrail(u -> u.name("main").s3BucketName("attacker-logs"));
    iam.createUser(u -> u.userName("marker-3"));

    awaitUser("attacker-logs", "marker-3");
    assertThat(users(records("trail-logs"))).doesNotContain("marker-3");
  }

  @Test
  void aMissingBucketIsADeliveryError() {
    cloudTrail.updateTrail(u -> u.name("main").s3BucketName("no-such-logs-bucket"));
    cloudTrail.startLogging(s -> s.name("main"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "NoSuchBucket"
                    .equals(cloudTrail.getTrailStatus(g -> g.name("main")).latestDeliveryError()));
  }

  private void awaitUser(String bucket, String user) {
    await().atMost(Duration.ofSeconds(20)).until(() -> users(records(bucket)).contains(user));
  }

  private static List<String> users(List<JsonNode> records) {
    List<String> users = new ArrayList<>();
    for (JsonNode record : records) {
      if (record.path("eventName").asString().equals("CreateUser")) {
        users.add(record.at("/requestParameters/userName").asString());
      }
    }
    return users;
  }

  private List<JsonNode> records(String bucket) {
    List<JsonNode> records = new ArrayList<>();
    for (S3Object file : s3.listObjectsV2(b -> b.bucket(bucket)).contents()) {
      byte[] gz = s3.getObjectAsBytes(b -> b.bucket(bucket).key(file.key())).asByteArray();
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
        JSON.readTree(in.readAllBytes()).path("Records").forEach(records::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return records;
  }
}
