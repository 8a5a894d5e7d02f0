package io.firedrill.injector.technique.exfiltration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3BucketPolicyPublicTest {

  private static final String OWN_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
          + "\"Action\":\"s3:DeleteBucket\",\"Resource\":\"arn:aws:s3:::payroll\"}]}";

  @TempDir Path dir;

  @Test
  void exposesTheBucketToAnyoneAndCleanupPutsTheOldPolicyBack() throws Exception {
    try (Playground playground = new Playground(dir);
        S3Client anonymous = anonymous(playground)) {
      AwsSession control = playground.control();
      bucket(control, "payroll");
      control.s3().putBucketPolicy(r -> r.bucket("payroll").policy(OWN_POLICY));
      S3BucketPolicyPublic technique = new S3BucketPolicyPublic();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("bucket", "payroll")),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("allowed", "allowed");
      assertThat(anonymousRead(anonymous)).isEqualTo(200);
      assertThat(playground.cleanup().failed()).isEmpty();
      assertThat(control.s3().getBucketPolicy(r -> r.bucket("payroll")).policy())
          .isEqualTo(OWN_POLICY);
      assertThat(anonymousRead(anonymous)).isEqualTo(403);
    }
  }

  @Test
  void aBucketWithoutAPolicyIsLeftWithoutOne() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession control = playground.control();
      bucket(control, "payroll");
      S3BucketPolicyPublic technique = new S3BucketPolicyPublic();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("bucket", "payroll")),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::errorCode).containsExactly("NoSuchBucketPolicy", null);
      assertThat(playground.cleanup().failed()).isEmpty();
      S3Exception none =
          catchThrowableOfType(
              S3Exception.class, () -> control.s3().getBucketPolicy(r -> r.bucket("payroll")));
      assertThat(none.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy");
    }
  }

  @Test
  void blockPublicAccessRefusesIt() throws Exception {
    try (Playground playground = new Playground(dir)) {
      AwsSession control = playground.control();
      control.s3().createBucket(r -> r.bucket("guarded"));
      S3BucketPolicyPublic technique = new S3BucketPolicyPublic();

      var calls =
          technique.detonate(
              playground.session("attacker", "dev-frank", null),
              technique.parameters(Map.of("bucket", "guarded")),
              playground.ledger(technique.id()));

      assertThat(calls).extracting(ApiCall::outcome).containsExactly("failed", "denied");
      assertThat(playground.cleanup().failed()).isEmpty();
    }
  }

  private static void bucket(AwsSession control, String name) {
    control.s3().createBucket(r -> r.bucket(name));
    // An older bucket, from before S3 blocked public access by default.
    control.s3().deletePublicAccessBlock(r -> r.bucket(name));
    control.s3().putObject(r -> r.bucket(name).key("salaries.csv"), RequestBody.fromString("x"));
  }

  private static int anonymousRead(S3Client anonymous) {
    S3Exception e =
        catchThrowableOfType(
            S3Exception.class,
            () -> anonymous.getObjectAsBytes(r -> r.bucket("payroll").key("salaries.csv")));
    return e == null ? 200 : e.statusCode();
  }

  static S3Client anonymous(Playground playground) {
    return S3Client.builder()
        .endpointOverride(playground.sandbox.endpoint())
        .forcePathStyle(true)
        .region(Region.of(playground.sandbox.region()))
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
