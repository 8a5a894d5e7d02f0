package io.firedrill.sandbox.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object version (the sandbox keeps no versioning, so the one version).
 *
 * @param key the object key
 * @param data the content
 * @param etag the quoted hex MD5 of the content, as S3 answers it
 * @param lastModified when it was written
 * @param contentType the Content-Type it was written with
 * @param metadata user metadata, {@code x-amz-meta-} names without the prefix, lower case
 * @param checksums the checksums the writer sent, by header name ({@code x-amz-checksum-crc32})
 * @param acl the object's ACL grants
 */
record StoredObject(
    String key,
    byte[] data,
    String etag,
    Instant lastModified,
    String contentType,
    Map<String, String> metadata,
    Map<String, String> checksums,
    List<Grant> acl) {

  StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(data, "data");
    metadata = Map.copyOf(metadata);
    checksums = Map.copyOf(checksums);
    acl = List.copyOf(acl);
  }

  /** An object of {@code data}, its ETag computed as S3 computes a single-part upload's. */
  static StoredObject of(
      String key,
      byte[] data,
      String contentType,
      Instant at,
      Map<String, String> metadata,
      Map<String, String> checksums,
      List<Grant> acl) {
    return new StoredObject(key, data, etag(data), at, contentType, metadata, checksums, acl);
  }

  static String etag(byte[] data) {
    try {
      return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data)) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
