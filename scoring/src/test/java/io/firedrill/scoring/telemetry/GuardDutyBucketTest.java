package io.firedrill.scoring.telemetry;

import static io.firedrill.scoring.telemetry.GuardDutyFilesTest.finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Findings read where GuardDuty exports them: gzipped lines under {@code
 * AWSLogs/<account>/GuardDuty/<region>/}, listed and fetched through the S3 API.
 */
class GuardDutyBucketTest {

  @Test
  void readsTheExportedFindingsInTheBucketAndPassesOverOtherObjects() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(sandbox.endpoint())
                .forcePathStyle(true)
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .build()) {
      s3.createBucket(b -> b.bucket("findings-export"));
      String prefix = "AWSLogs/" + sandbox.accountId() + "/GuardDuty/us-east-1/2026/11/20/";
      s3.putObject(
          b -> b.bucket("findings-export").key(prefix + "a1b2.jsonl.gz"),
          RequestBody.fromBytes(
              gzip(
                  finding("f-1", "Stealth:IAMUser/CloudTrailLoggingDisabled", 1)
                      + "\n"
                      + finding("f-2", "Recon:IAMUser/UserPermissions", 1)
                      + "\n")));
      s3.putObject(
          b -> b.bucket("findings-export").key(prefix + "README.txt"),
          RequestBody.fromString("not findings"));

      var findings =
          GuardDutyFiles.read(
              S3TrailFiles.list(s3, S3TrailFiles.Location.parse("s3://findings-export/AWSLogs/")));

      assertThat(findings).extracting(f -> f.path("id").asString()).containsExactly("f-1", "f-2");
    }
  }

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
