package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exposure story, told with the real AWS CLI (botocore's S3 signer and parsers, {@code aws s3}
 * and {@code aws s3api}): a careless admin lifts the bucket's public access block and makes it
 * public with a bucket policy, anyone reads it without signing, and the blue team closes it again.
 */
class S3CliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PUBLIC =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Everyone\",\"Effect\":\"Allow\","
          + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
          + "\"Resource\":\"arn:aws:s3:::customer-exports/*\"}]}";

  @TempDir Path dir;

  @Test
  void aPublicBucketPolicyExposesObjectsUntilTheBlueTeamClosesIt() throws Exception {
    Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsCredentials admin = sandbox.adminCredentials();
      ok(sandbox, admin, "s3api", "create-bucket", "--bucket", "customer-exports");
      Path export = dir.resolve("export.csv");
      Files.writeString(export, "name,card\nalice,4111-1111\n");
      ok(sandbox, admin, "s3", "cp", export.toString(), "s3://customer-exports/2026/export.csv");
      assertThat(ok(sandbox, admin, "s3", "ls", "s3://customer-exports/2026/"))
          .contains("export.csv");

      // The bucket starts private: Block Public Access refuses the public policy.
      AwsCli.Result blocked = putPolicy(sandbox, admin);
      assertThat(blocked.exitCode()).isNotZero();
      assertThat(blocked.output()).contains("AccessDenied");

      ok(sandbox, admin, "s3api", "delete-public-access-block", "--bucket", "customer-exports");
      assertThat(putPolicy(sandbox, admin).exitCode()).isZero();
      String status =
          ok(sandbox, admin, "s3api", "get-bucket-policy-status", "--bucket", "customer-exports");
      assertThat(JSON.readTree(status).at("/PolicyStatus/IsPublic").asBoolean()).isTrue();

      Path leaked = dir.resolve("leaked.csv");
      AwsCli.Result anonymous = anonymousGet(sandbox, admin, leaked);
      assertThat(anonymous.exitCode()).as(anonymous.output()).isZero();
      assertThat(Files.readString(leaked)).contains("alice,4111-1111");

      // Containment: block public access, then remove the policy.
      ok(
          sandbox,
          admin,
          "s3api",
          "put-public-access-block",
          "--bucket",
          "customer-exports",
          "--public-access-block-configuration",
          "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,"
              + "RestrictPublicBuckets=true");
      AwsCli.Result closed = anonymousGet(sandbox, admin, dir.resolve("again.csv"));
      assertThat(closed.exitCode()).isNotZero();
      assertThat(closed.output()).contains("AccessDenied");

      ok(sandbox, admin, "s3api", "delete-bucket-policy", "--bucket", "customer-exports");
      AwsCli.Result gone =
          AwsCli.run(sandbox, admin, "s3api", "get-bucket-policy", "--bucket", "customer-exports");
      assertThat(gone.output()).contains("NoSuchBucketPolicy");
    }
  }

  private static AwsCli.Result putPolicy(Sandbox sandbox, AwsCredentials admin) {
    return AwsCli.run(
        sandbox,
        admin,
        "s3api",
        "put-bucket-policy",
        "--bucket",
        "customer-exports",
        "--policy",
        PUBLIC);
  }

  private static AwsCli.Result anonymousGet(Sandbox sandbox, AwsCredentials any, Path to) {
    return AwsCli.run(
        sandbox,
        any,
        "s3api",
        "get-object",
        "--no-sign-request",
        "--bucket",
        "customer-exports",
        "--key",
        "2026/export.csv",
        to.toString());
  }

  private static String ok(Sandbox sandbox, AwsCredentials credentials, String... arguments) {
    AwsCli.Result result = AwsCli.run(sandbox, credentials, arguments);
    assertThat(result.exitCode()).as(String.join(" ", arguments) + ": " + result.output()).isZero();
    return result.output();
  }
}
