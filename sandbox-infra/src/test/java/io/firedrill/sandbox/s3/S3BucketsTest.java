package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

class S3BucketsTest {

  private Sandbox sandbox;
  private S3Client s3;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    s3 = S3Clients.pathStyle(sandbox, sandbox.adminCredentials());
  }

  @AfterEach
  void stop() {
    s3.close();
    sandbox.close();
  }

  @Test
  void aCreatedBucketIsListedHeadedAndLocated() {
    s3.createBucket(b -> b.bucket("evidence"));

    assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("evidence");
    assertThat(s3.headBucket(b -> b.bucket("evidence")).bucketRegion()).isEqualTo("us-east-1");
    assertThat(s3.getBucketLocation(b -> b.bucket("evidence")).locationConstraintAsString())
        .isEmpty();
  }

  @Test
  void aBucketInAnotherRegionSaysSo() {
    try (S3Client euWest =
        S3Client.builder()
            .endpointOverride(sandbox.endpoint())
            .forcePathStyle(true)
            .region(software.amazon.awssdk.regions.Region.EU_WEST_1)
            .credentialsProvider(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    sandbox.adminCredentials()))
            .build()) {
      euWest.createBucket(
          b ->
              b.bucket("eu-logs")
                  .createBucketConfiguration(
                      c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
      assertThat(euWest.getBucketLocation(b -> b.bucket("eu-logs")).locationConstraint())
          .isEqualTo(BucketLocationConstraint.EU_WEST_1);
    }
  }

  @Test
  void aMissingBucketIsNoSuchBucket() {
    NoSuchBucketException missing =
        catchThrowableOfType(
            NoSuchBucketException.class, () -> s3.getBucketLocation(b -> b.bucket("nowhere")));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");

    NoSuchBucketException headed =
        catchThrowableOfType(
            NoSuchBucketException.class, () -> s3.headBucket(b -> b.bucket("nowhere")));
    assertThat(headed.statusCode()).isEqualTo(404);
  }

  @Test
  void aBucketWithObjectsCannotBeDeletedUntilEmpty() {
    s3.createBucket(b -> b.bucket("full"));
    s3.putObject(b -> b.bucket("full").key("a.txt"), RequestBody.fromString("a"));

    S3Exception notEmpty =
        catchThrowableOfType(S3Exception.class, () -> s3.deleteBucket(b -> b.bucket("full")));
    assertThat(notEmpty.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
    assertThat(notEmpty.statusCode()).isEqualTo(409);

    s3.deleteObject(b -> b.bucket("full").key("a.txt"));
    s3.deleteBucket(b -> b.bucket("full"));
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  @Test
  void badNamesAreRefused() {
    // The SDK checks names before sending; S3 checks them again, and the sandbox as S3 does.
    for (String name : new String[] {"Bad_Name", "bad..name", "192.168.1.1", "-start", "ab"}) {
      S3Error bad = catchThrowableOfType(S3Error.class, () -> S3Store.checkName(name));
      assertThat(bad.code()).as(name).isEqualTo("InvalidBucketName");
    }
    S3Store.checkName("firedrill-trail-logs");
  }

  @Test
  void tagsAreKeptAndAnUntaggedBucketHasNoTagSet() {
    s3.createBucket(b -> b.bucket("tagged"));
    S3Exception none =
        catchThrowableOfType(S3Exception.class, () -> s3.getBucketTagging(b -> b.bucket("tagged")));
    assertThat(none.awsErrorDetails().errorCode()).isEqualTo("NoSuchTagSet");

    s3.putBucketTagging(
        b ->
            b.bucket("tagged")
                .tagging(
                    t ->
                        t.tagSet(
                            Tag.builder().key("firedrill:exercise").value("x1").build(),
                            Tag.builder().key("team").value("blue").build())));

    assertThat(s3.getBucketTagging(b -> b.bucket("tagged")).tagSet())
        .extracting(Tag::key, Tag::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("firedrill:exercise", "x1"),
            org.assertj.core.groups.Tuple.tuple("team", "blue"));
  }

  @Test
  void aUserWithoutS3PermissionsIsDenied() {
    AwsBasicCredentials nobody = io.firedrill.sandbox.SandboxClients.newUser(sandbox, "nobody");
    try (S3Client theirs = S3Clients.pathStyle(sandbox, nobody)) {
      S3Exception denied = catchThrowableOfType(S3Exception.class, theirs::listBuckets);
      assertThat(denied.statusCode()).isEqualTo(403);
      assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      assertThat(denied.awsErrorDetails().errorMessage()).contains("s3:ListAllMyBuckets");
    }
  }
}
