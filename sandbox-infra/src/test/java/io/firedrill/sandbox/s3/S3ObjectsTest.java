package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects through the SDK's default request path: PutObject goes as aws-chunked with signed chunks
 * and a trailing CRC32 checksum (what SDK v2 2.40 sends over HTTP), reads as plain signed GETs.
 */
class S3ObjectsTest {

  private static Sandbox sandbox;
  private static S3Client s3;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    s3 = S3Clients.pathStyle(sandbox, sandbox.adminCredentials());
    s3.createBucket(b -> b.bucket("data"));
  }

  @AfterAll
  static void stop() {
    s3.close();
    sandbox.close();
  }

  @Test
  void anObjectComesBackAsItWasPutWithItsMetadataAndChecksum() {
    String text = "customer records, row after row\n".repeat(5000);
    s3.putObject(
        b ->
            b.bucket("data")
                .key("reports/2026/q4.csv")
                .contentType("text/csv")
                .metadata(Map.of("owner", "finance"))
                .checksumAlgorithm(ChecksumAlgorithm.CRC32),
        RequestBody.fromString(text));

    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(
            b -> b.bucket("data").key("reports/2026/q4.csv").checksumMode(ChecksumMode.ENABLED));
    assertThat(got.asString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(got.response().contentType()).isEqualTo("text/csv");
    assertThat(got.response().metadata()).containsEntry("owner", "finance");
    assertThat(got.response().checksumCRC32())
        .isEqualTo(Checksums.compute("CRC32", text.getBytes(StandardCharsets.UTF_8)));

    HeadObjectResponse head = s3.headObject(b -> b.bucket("data").key("reports/2026/q4.csv"));
    assertThat(head.contentLength()).isEqualTo(text.length());
    assertThat(head.eTag()).isEqualTo(got.response().eTag()).startsWith("\"");
  }

  @Test
  void eachFlexibleChecksumTheSdkOffersIsAccepted() {
    for (ChecksumAlgorithm algorithm :
        List.of(ChecksumAlgorithm.CRC32_C, ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
      String key = "sum/" + algorithm;
      s3.putObject(
          b -> b.bucket("data").key(key).checksumAlgorithm(algorithm),
          RequestBody.fromString("checked with " + algorithm));
      assertThat(s3.getObjectAsBytes(b -> b.bucket("data").key(key)).asUtf8String())
          .isEqualTo("checked with " + algorithm);
    }
  }

  @Test
  void aMissingKeyIsNoSuchKeyOnGetAndA404OnHead() {
    NoSuchKeyException missing =
        catchThrowableOfType(
            NoSuchKeyException.class,
            () -> s3.getObjectAsBytes(b -> b.bucket("data").key("nothing-here")));
    assertThat(missing.statusCode()).isEqualTo(404);

    S3Exception head =
        catchThrowableOfType(
            S3Exception.class, () -> s3.headObject(b -> b.bucket("data").key("nothing-here")));
    assertThat(head.statusCode()).isEqualTo(404);
  }

  @Test
  void listingPagesThroughKeysAndRollsUpPrefixes() {
    s3.createBucket(b -> b.bucket("listing"));
    for (String key :
        List.of("a/1.txt", "a/2.txt", "b/1.txt", "c.txt", "d.txt", "e with space.txt")) {
      s3.putObject(b -> b.bucket("listing").key(key), RequestBody.fromString(key));
    }

    ListObjectsV2Response top = s3.listObjectsV2(b -> b.bucket("listing").delimiter("/"));
    assertThat(top.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("a/", "b/");
    assertThat(top.contents())
        .extracting(S3Object::key)
        .containsExactly("c.txt", "d.txt", "e with space.txt");

    List<String> keys = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String from = token;
      ListObjectsV2Response page =
          s3.listObjectsV2(b -> b.bucket("listing").maxKeys(2).continuationToken(from));
      page.contents().forEach(o -> keys.add(o.key()));
      token = page.nextContinuationToken();
      pages++;
    } while (token != null);
    assertThat(keys)
        .containsExactly("a/1.txt", "a/2.txt", "b/1.txt", "c.txt", "d.txt", "e with space.txt");
    assertThat(pages).isEqualTo(3);

    assertThat(s3.listObjectsV2(b -> b.bucket("listing").prefix("a/")).contents())
        .extracting(S3Object::key)
        .containsExactly("a/1.txt", "a/2.txt");
  }

  @Test
  void deleteObjectsRemovesEveryNamedKey() {
    s3.createBucket(b -> b.bucket("cleanup"));
    for (String key : List.of("x", "y", "z")) {
      s3.putObject(b -> b.bucket("cleanup").key(key), RequestBody.fromString(key));
    }
    var result =
        s3.deleteObjects(
            b ->
                b.bucket("cleanup")
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("x").build(),
                                ObjectIdentifier.builder().key("y").build())));
    assertThat(result.deleted()).extracting(o -> o.key()).containsExactly("x", "y");
    assertThat(s3.listObjectsV2(b -> b.bucket("cleanup")).contents())
        .extracting(S3Object::key)
        .containsExactly("z");
  }

  @Test
  void anObjectCanBeCopied() {
    s3.putObject(b -> b.bucket("data").key("original"), RequestBody.fromString("one copy"));
    s3.copyObject(
        b ->
            b.sourceBucket("data")
                .sourceKey("original")
                .destinationBucket("data")
                .destinationKey("copy"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("data").key("copy")).asUtf8String())
        .isEqualTo("one copy");
  }
}
