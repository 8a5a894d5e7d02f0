package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Who may read a bucket: IAM policies, the bucket policy, ACLs and Block Public Access, tried with
 * a signed client of an unprivileged user and with an anonymous client that signs nothing.
 */
class S3AccessTest {

  private static final String PUBLIC_READ =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Public\",\"Effect\":\"Allow\","
          + "\"Principal\":\"*\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
          + "\"Resource\":[\"arn:aws:s3:::exposed\",\"arn:aws:s3:::exposed/*\"]}]}";

  private Sandbox sandbox;
  private S3Client admin;
  private S3Client anonymous;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = S3Clients.pathStyle(sandbox, sandbox.adminCredentials());
    anonymous = S3Clients.anonymous(sandbox);
    admin.createBucket(b -> b.bucket("exposed"));
    admin.putObject(b -> b.bucket("exposed").key("secrets.txt"), RequestBody.fromString("s3cr3t"));
  }

  @AfterEach
  void stop() {
    admin.close();
    anonymous.close();
    sandbox.close();
  }

  @Test
  void aNewBucketBlocksPublicAccessAndRefusesAPublicPolicy() {
    assertThat(
            admin.getPublicAccessBlock(b -> b.bucket("exposed")).publicAccessBlockConfiguration())
        .satisfies(
            c -> {
              assertThat(c.blockPublicPolicy()).isTrue();
              assertThat(c.restrictPublicBuckets()).isTrue();
            });
    S3Exception refused =
        catchThrowableOfType(
            S3Exception.class,
            () -> admin.putBucketPolicy(b -> b.bucket("exposed").policy(PUBLIC_READ)));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.awsErrorDetails().errorMessage()).contains("BlockPublicPolicy");
    assertThat(anonymousRead()).isEqualTo(403);
  }

  @Test
  void aPublicPolicyExposesTheBucketUntilBlockedOrDeleted() {
    admin.deletePublicAccessBlock(b -> b.bucket("exposed"));
    assertThat(anonymousRead()).isEqualTo(403);

    admin.putBucketPolicy(b -> b.bucket("exposed").policy(PUBLIC_READ));

    assertThat(admin.getBucketPolicy(b -> b.bucket("exposed")).policy()).isEqualTo(PUBLIC_READ);
    assertThat(admin.getBucketPolicyStatus(b -> b.bucket("exposed")).policyStatus().isPublic())
        .isTrue();
    assertThat(
            anonymous.getObjectAsBytes(b -> b.bucket("exposed").key("secrets.txt")).asUtf8String())
        .isEqualTo("s3cr3t");
    assertThat(anonymous.listObjectsV2(b -> b.bucket("exposed")).contents())
        .extracting(S3Object::key)
        .containsExactly("secrets.txt");

    // Containment, step one: RestrictPublicBuckets makes the public statement grant no one.
    admin.putPublicAccessBlock(
        b ->
            b.bucket("exposed")
                .publicAccessBlockConfiguration(
                    c ->
                        c.blockPublicAcls(true)
                            .ignorePublicAcls(true)
                            .blockPublicPolicy(true)
                            .restrictPublicBuckets(true)));
    assertThat(anonymousRead()).isEqualTo(403);

    // Step two: the policy goes; the bucket is private whatever the block says.
    admin.deleteBucketPolicy(b -> b.bucket("exposed"));
    admin.deletePublicAccessBlock(b -> b.bucket("exposed"));
    assertThat(anonymousRead()).isEqualTo(403);
    S3Exception gone =
        catchThrowableOfType(
            S3Exception.class, () -> admin.getBucketPolicy(b -> b.bucket("exposed")));
    assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy");
  }

  @Test
  void aPolicyRestrictedToAnAddressIsNotPublic() {
    admin.deletePublicAccessBlock(b -> b.bucket("exposed"));
    String office =
        PUBLIC_READ.replace(
            "\"Resource\"",
            "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}},"
                + "\"Resource\"");
    admin.putBucketPolicy(b -> b.bucket("exposed").policy(office));

    assertThat(admin.getBucketPolicyStatus(b -> b.bucket("exposed")).policyStatus().isPublic())
        .isFalse();
    assertThat(anonymousRead()).isEqualTo(403);
  }

  @Test
  void publicReadAclsExposeListingAndObjectsUnlessIgnored() {
    admin.deletePublicAccessBlock(b -> b.bucket("exposed"));
    admin.putBucketAcl(b -> b.bucket("exposed").acl(BucketCannedACL.PUBLIC_READ));
    admin.putObject(
        b -> b.bucket("exposed").key("open.txt").acl(ObjectCannedACL.PUBLIC_READ),
        RequestBody.fromString("open"));

    assertThat(admin.getBucketAcl(b -> b.bucket("exposed")).grants())
        .extracting(Grant::permission)
        .contains(Permission.FULL_CONTROL, Permission.READ);
    assertThat(anonymous.listObjectsV2(b -> b.bucket("exposed")).contents()).hasSize(2);
    assertThat(anonymous.getObjectAsBytes(b -> b.bucket("exposed").key("open.txt")).asUtf8String())
        .isEqualTo("open");
    // The bucket's ACL lists; only an object's own ACL lets it be read.
    assertThat(anonymousRead()).isEqualTo(403);

    admin.putPublicAccessBlock(
        b -> b.bucket("exposed").publicAccessBlockConfiguration(c -> c.ignorePublicAcls(true)));
    S3Exception ignored =
        catchThrowableOfType(
            S3Exception.class, () -> anonymous.listObjectsV2(b -> b.bucket("exposed")));
    assertThat(ignored.statusCode()).isEqualTo(403);
  }

  @Test
  void aUserNeedsAnIdentityPolicyOrABucketPolicyThatNamesThem() {
    AwsBasicCredentials analyst = SandboxClients.newUser(sandbox, "analyst");
    String analystArn = "arn:aws:iam::" + sandbox.accountId() + ":user/analyst";
    try (S3Client theirs = S3Clients.pathStyle(sandbox, analyst)) {
      S3Exception denied =
          catchThrowableOfType(
              S3Exception.class,
              () -> theirs.getObjectAsBytes(b -> b.bucket("exposed").key("secrets.txt")));
      assertThat(denied.statusCode()).isEqualTo(403);
      assertThat(denied.awsErrorDetails().errorMessage()).contains("s3:GetObject");

      admin.putBucketPolicy(
          b ->
              b.bucket("exposed")
                  .policy(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\""
                          + analystArn
                          + "\"},\"Action\":\"s3:GetObject\","
                          + "\"Resource\":\"arn:aws:s3:::exposed/*\"}]}"));
      assertThat(
              theirs.getObjectAsBytes(b -> b.bucket("exposed").key("secrets.txt")).asUtf8String())
          .isEqualTo("s3cr3t");
      // Named for objects only: listing still needs more.
      assertThat(
              catchThrowableOfType(
                      S3Exception.class, () -> theirs.listObjectsV2(b -> b.bucket("exposed")))
                  .statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void anExplicitDenyInTheBucketPolicyStopsEvenTheAdministrator() {
    admin.putBucketPolicy(
        b ->
            b.bucket("exposed")
                .policy(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                        + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"arn:aws:s3:::exposed/*\"}]}"));
    S3Exception denied =
        catchThrowableOfType(
            S3Exception.class,
            () -> admin.getObjectAsBytes(b -> b.bucket("exposed").key("secrets.txt")));
    assertThat(denied.awsErrorDetails().errorMessage()).contains("explicit deny");
  }

  @Test
  void aPolicyForAnotherBucketIsMalformed() {
    S3Exception malformed =
        catchThrowableOfType(
            S3Exception.class,
            () ->
                admin.putBucketPolicy(
                    b -> b.bucket("exposed").policy(PUBLIC_READ.replace("exposed", "other"))));
    assertThat(malformed.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");
  }

  private int anonymousRead() {
    S3Exception e =
        catchThrowableOfType(
            S3Exception.class,
            () -> anonymous.getObjectAsBytes(b -> b.bucket("exposed").key("secrets.txt")));
    return e == null ? 200 : e.statusCode();
  }
}
