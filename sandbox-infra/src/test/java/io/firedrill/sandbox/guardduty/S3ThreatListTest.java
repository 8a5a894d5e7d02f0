package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetFormat;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetStatus;
import software.amazon.awssdk.services.s3.S3Client;

/** Threat lists GuardDuty reads from the sandbox's own S3, at each form of location AWS takes. */
class S3ThreatListTest {

  @Test
  void aListUploadedToABucketIsReadByItsHttpsOrS3LocationAndRaisesCustomFindings() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        GuardDutyClient guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(sandbox.endpoint())
                .forcePathStyle(true)
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
      String detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
      s3.createBucket(b -> b.bucket("soc-lists"));
      s3.putObject(
          p -> p.bucket("soc-lists").key("intel/bad ips.txt"),
          RequestBody.fromString("# SOC\n198.51.100.0/24\n"));
      s3.putObject(
          p -> p.bucket("soc-lists").key("intel/tor.txt"), RequestBody.fromString("203.0.113.9\n"));

      String https =
          create(
              guardDuty,
              detectorId,
              "soc",
              "https://soc-lists.s3.amazonaws.com/intel/bad%20ips.txt");
      String s3Url = create(guardDuty, detectorId, "tor", "s3://soc-lists/intel/tor.txt");
      String missing = create(guardDuty, detectorId, "gone", "s3://soc-lists/intel/absent.txt");
      AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
      try (Actor listed = new Actor(sandbox, mallory, "198.51.100.77")) {
        listed.iam().createUser(c -> c.userName("from-listed"));
      }

      assertThat(status(guardDuty, detectorId, https)).isEqualTo(ThreatIntelSetStatus.ACTIVE);
      assertThat(status(guardDuty, detectorId, s3Url)).isEqualTo(ThreatIntelSetStatus.ACTIVE);
      assertThat(status(guardDuty, detectorId, missing)).isEqualTo(ThreatIntelSetStatus.ERROR);
      List<Finding> custom =
          new Findings(guardDuty, detectorId)
              .of("UnauthorizedAccess:IAMUser/MaliciousIPCaller.Custom", mallory);
      assertThat(custom).hasSize(1);
      assertThat(
              custom
                  .get(0)
                  .service()
                  .evidence()
                  .threatIntelligenceDetails()
                  .get(0)
                  .threatListName())
          .isEqualTo("soc");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "s3://b1/k/x.txt, b1, k/x.txt",
    "https://b1.s3.amazonaws.com/k/x.txt, b1, k/x.txt",
    "https://b1.s3.eu-west-1.amazonaws.com/x.txt, b1, x.txt",
    "https://b1.s3-eu-west-1.amazonaws.com/x.txt, b1, x.txt",
    "https://my.dotted.bucket.s3.amazonaws.com/x.txt, my.dotted.bucket, x.txt",
    "https://s3.amazonaws.com/b1/k/x.txt, b1, k/x.txt",
    "https://s3.us-west-2.amazonaws.com/b1/x%20y.txt, b1, x y.txt",
  })
  void readsTheBucketAndKeyOfEachLocationForm(String location, String bucket, String key)
      throws IOException {
    assertThat(S3ThreatListSource.bucketAndKey(location)).containsExactly(bucket, key);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://b1/x.txt",
        "https://example.com/x.txt",
        "s3://b1/",
        "https://s3.amazonaws.com/b1"
      })
  void refusesWhatIsNoS3Object(String location) {
    assertThat(
            catchThrowableOfType(
                IOException.class, () -> S3ThreatListSource.bucketAndKey(location)))
        .hasMessageContaining(location);
  }

  private static String create(
      GuardDutyClient guardDuty, String detectorId, String name, String at) {
    return guardDuty
        .createThreatIntelSet(
            c ->
                c.detectorId(detectorId)
                    .name(name)
                    .format(ThreatIntelSetFormat.TXT)
                    .location(at)
                    .activate(true))
        .threatIntelSetId();
  }

  private static ThreatIntelSetStatus status(
      GuardDutyClient guardDuty, String detectorId, String id) {
    return guardDuty.getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(id)).status();
  }
}
