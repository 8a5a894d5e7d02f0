package io.firedrill.sandbox.s3;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The flexible checksums S3 checks on upload (CRC32, CRC32C, SHA-1, SHA-256, as base64 of the
 * big-endian value) and Content-MD5. CRC64NVME, which the JDK has no implementation of, is kept but
 * not checked.
 */
final class Checksums {

  private Checksums() {}

  static void verify(Map<String, String> checksums, byte[] data) {
    checksums.forEach(
        (header, sent) -> {
          String algorithm = header.substring("x-amz-checksum-".length()).toUpperCase(Locale.ROOT);
          String computed = compute(algorithm, data);
          if (computed != null && !computed.equals(sent)) {
            throw S3Errors.of(
                400,
                "BadDigest",
                "The " + algorithm + " you specified did not match the calculated checksum.");
          }
        });
  }

  static void verifyMd5(String contentMd5, byte[] data) {
    if (contentMd5 != null
        && !contentMd5.trim().equals(Base64.getEncoder().encodeToString(digest("MD5", data)))) {
      throw S3Errors.of(
          400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
    }
  }

  /** The base64 checksum, or null for an algorithm the sandbox cannot compute. */
  static String compute(String algorithm, byte[] data) {
    return switch (algorithm) {
      case "CRC32" -> crc(new CRC32(), data);
      case "CRC32C" -> crc(new CRC32C(), data);
      case "SHA1" -> Base64.getEncoder().encodeToString(digest("SHA-1", data));
      case "SHA256" -> Base64.getEncoder().encodeToString(digest("SHA-256", data));
      default -> null;
    };
  }

  private static String crc(Checksum checksum, byte[] data) {
    checksum.update(data, 0, data.length);
    byte[] value = ByteBuffer.allocate(4).putInt((int) checksum.getValue()).array();
    return Base64.getEncoder().encodeToString(value);
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
