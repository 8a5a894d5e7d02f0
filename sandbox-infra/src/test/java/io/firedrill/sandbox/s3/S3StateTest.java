package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code sandbox up --state DIR}: buckets, their settings and their objects survive a restart. */
class S3StateTest {

  @TempDir Path dir;

  @Test
  void bucketsAndObjectsSurviveARestart() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::kept/*\"}]}";
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    try (Sandbox first = Sandbox.builder().port(0).stateDir(dir).start();
        S3Client s3 = S3Clients.pathStyle(first, first.adminCredentials())) {
      s3.createBucket(b -> b.bucket("kept"));
      s3.deletePublicAccessBlock(b -> b.bucket("kept"));
      s3.putBucketPolicy(b -> b.bucket("kept").policy(policy));
      s3.putBucketTagging(b -> b.bucket("kept").tagging(t -> t.tagSet(x -> x.key("k").value("v"))));
      s3.putObject(b -> b.bucket("kept").key("bytes.bin"), RequestBody.fromBytes(binary));
    }

    try (Sandbox second = Sandbox.builder().port(0).stateDir(dir).start();
        S3Client s3 = S3Clients.pathStyle(second, second.adminCredentials());
        S3Client anonymous = S3Clients.anonymous(second)) {
      assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("kept");
      assertThat(s3.getBucketPolicy(b -> b.bucket("kept")).policy()).isEqualTo(policy);
      assertThat(s3.getBucketTagging(b -> b.bucket("kept")).tagSet()).hasSize(1);
      // Still public, as it was left: the restart restores exposure too.
      assertThat(anonymous.getObjectAsBytes(b -> b.bucket("kept").key("bytes.bin")).asByteArray())
          .isEqualTo(binary);
    }
  }
}
