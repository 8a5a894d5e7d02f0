package io.firedrill.sandbox.sqs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The MD5 digests SQS answers with, which SDKs check against what they sent: of the body's UTF-8
 * bytes, and of the message attributes in SQS's own encoding (sorted by name; each name, data type
 * and value length-prefixed, with a transport byte: 1 for text, 2 for binary).
 */
final class MessageDigests {

  private MessageDigests() {}

  static String ofBody(String body) {
    return hex(md5().digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** The digest of {@code attributes} (name to MessageAttributeValue), or null when empty. */
  static String ofAttributes(JsonNode attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return null;
    }
    Map<String, JsonNode> sorted = new TreeMap<>();
    attributes.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sorted.forEach(
        (name, value) -> {
          prefixed(out, name.getBytes(StandardCharsets.UTF_8));
          String type = value.path("DataType").asString("");
          prefixed(out, type.getBytes(StandardCharsets.UTF_8));
          if (value.hasNonNull("BinaryValue")) {
            out.write(2);
            prefixed(out, Base64.getDecoder().decode(value.get("BinaryValue").asString()));
          } else {
            out.write(1);
            prefixed(out, value.path("StringValue").asString("").getBytes(StandardCharsets.UTF_8));
          }
        });
    return hex(md5().digest(out.toByteArray()));
  }

  private static void prefixed(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
