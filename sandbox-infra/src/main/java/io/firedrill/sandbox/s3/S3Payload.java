package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.auth.SigV4Header;
import io.firedrill.sandbox.http.HttpCall;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request's payload as its {@code x-amz-content-sha256} header declares it: a signed hash
 * that must match the body, {@code UNSIGNED-PAYLOAD}, or aws-chunked framing ({@code
 * STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]}, whose every chunk is signed in a chain that starts
 * at the request's signature, or {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}). Checksums the client
 * sent, as headers or trailers ({@code x-amz-checksum-crc32} and kin), and Content-MD5, are checked
 * against the decoded payload.
 *
 * @param data the payload without framing
 * @param checksums the checksums sent with it, by lower-case header name
 */
record S3Payload(byte[] data, Map<String, String> checksums) {

  static final String UNSIGNED = "UNSIGNED-PAYLOAD";
  private static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
  private static final String STREAMING_SIGNED_TRAILER =
      "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
  private static final String STREAMING_UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
  private static final Pattern HEX_HASH = Pattern.compile("[0-9a-f]{64}");
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  /**
   * Decodes the payload.
   *
   * @param auth the request's signature, or null for an anonymous request
   * @param signingKey the SigV4 signing key of the request's scope, to check chunk signatures; null
   *     when anonymous
   */
  static S3Payload read(HttpCall call, SigV4Header auth, byte[] signingKey) {
    String declared = call.header("x-amz-content-sha256");
    byte[] body = call.body();
    Map<String, String> checksums = new LinkedHashMap<>();
    byte[] data;
    if (auth == null || declared == null || declared.equals(UNSIGNED)) {
      data = body;
    } else if (HEX_HASH.matcher(declared).matches()) {
      if (!HexFormat.of().formatHex(sha256(body)).equals(declared)) {
        throw S3Errors.of(
                400,
                "XAmzContentSHA256Mismatch",
                "The provided 'x-amz-content-sha256' header does not match what was computed.")
            .with("ClientComputedContentSHA256", declared)
            .with("S3ComputedContentSHA256", HexFormat.of().formatHex(sha256(body)));
      }
      data = body;
    } else if (declared.equals(STREAMING_SIGNED) || declared.equals(STREAMING_SIGNED_TRAILER)) {
      data = new Chunks(body, new ChunkSigner(call, auth, signingKey)).read(checksums);
    } else if (declared.equals(STREAMING_UNSIGNED_TRAILER)) {
      data = new Chunks(body, null).read(checksums);
    } else {
      throw S3Errors.invalidArgument(
          "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER,"
              + " STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"
              + " or a valid sha256 value.",
          "x-amz-content-sha256",
          declared);
    }
    String decodedLength = call.header("x-amz-decoded-content-length");
    if (decodedLength != null && !decodedLength.trim().equals(String.valueOf(data.length))) {
      throw S3Errors.of(
          400,
          "IncompleteBody",
          "You did not provide the number of bytes specified by the"
              + " Content-Length HTTP header");
    }
    call.headers()
        .forEach(
            (name, values) -> {
              if (name.startsWith("x-amz-checksum-")
                  && !name.equals("x-amz-checksum-algorithm")
                  && !name.equals("x-amz-checksum-type")
                  && !name.equals("x-amz-checksum-mode")) {
                checksums.putIfAbsent(name, values.get(0));
              }
            });
    Checksums.verify(checksums, data);
    Checksums.verifyMd5(call.header("content-md5"), data);
    return new S3Payload(data, checksums);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Checks each chunk's signature, chained from the request's own. */
  private static final class ChunkSigner {
    private final String amzDate;
    private final String scope;
    private final byte[] key;
    private String previous;

    ChunkSigner(HttpCall call, SigV4Header auth, byte[] key) {
      this.amzDate = call.header("x-amz-date");
      this.scope = auth.date() + "/" + auth.region() + "/" + auth.service() + "/aws4_request";
      this.key = key;
      this.previous = auth.signature();
    }

    void chunk(byte[] data, String signature) {
      check(
          "AWS4-HMAC-SHA256-PAYLOAD\n"
              + amzDate
              + "\n"
              + scope
              + "\n"
              + previous
              + "\n"
              + EMPTY_HASH
              + "\n"
              + HexFormat.of().formatHex(sha256(data)),
          signature);
    }

    void trailer(String canonicalTrailer, String signature) {
      check(
          "AWS4-HMAC-SHA256-TRAILER\n"
              + amzDate
              + "\n"
              + scope
              + "\n"
              + previous
              + "\n"
              + HexFormat.of().formatHex(sha256(canonicalTrailer.getBytes(StandardCharsets.UTF_8))),
          signature);
    }

    private void check(String stringToSign, String signature) {
      String expected = HexFormat.of().formatHex(SigningKeys.hmac(key, stringToSign));
      if (signature == null
          || !MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.US_ASCII),
              signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
        throw S3Errors.of(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided."
                + " Check your key and signing method.");
      }
      previous = expected;
    }
  }

  /** aws-chunked framing: {@code size[;chunk-signature=sig]CRLF data CRLF}, then trailers. */
  private static final class Chunks {
    private final byte[] body;
    private final ChunkSigner signer;
    private int at;

    Chunks(byte[] body, ChunkSigner signer) {
      this.body = body;
      this.signer = signer;
    }

    byte[] read(Map<String, String> trailers) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (true) {
        String header = line();
        int semi = header.indexOf(';');
        String sizeText = semi < 0 ? header : header.substring(0, semi);
        String signature = null;
        if (semi >= 0 && header.startsWith("chunk-signature=", semi + 1)) {
          signature = header.substring(semi + 1 + "chunk-signature=".length());
        }
        int size;
        try {
          size = Integer.parseInt(sizeText.trim(), 16);
        } catch (NumberFormatException e) {
          throw incomplete();
        }
        if (size < 0 || at + size > body.length) {
          throw incomplete();
        }
        byte[] data = java.util.Arrays.copyOfRange(body, at, at + size);
        at += size;
        if (signer != null) {
          signer.chunk(data, signature);
        }
        if (size == 0) {
          break;
        }
        out.writeBytes(data);
        if (!line().isEmpty()) {
          throw incomplete();
        }
      }
      StringBuilder canonical = new StringBuilder();
      String trailerSignature = null;
      while (at < body.length) {
        String line = line();
        if (line.isEmpty()) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw incomplete();
        }
        String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (name.equals("x-amz-trailer-signature")) {
          trailerSignature = value;
        } else {
          trailers.put(name, value);
          canonical.append(name).append(':').append(value).append('\n');
        }
      }
      if (signer != null && !trailers.isEmpty()) {
        signer.trailer(canonical.toString(), trailerSignature);
      }
      return out.toByteArray();
    }

    private String line() {
      int start = at;
      while (at + 1 < body.length && !(body[at] == '\r' && body[at + 1] == '\n')) {
        at++;
      }
      if (at + 1 >= body.length) {
        at = body.length;
        return new String(body, start, body.length - start, StandardCharsets.US_ASCII).trim();
      }
      String line = new String(body, start, at - start, StandardCharsets.US_ASCII);
      at += 2;
      return line;
    }

    private static S3Error incomplete() {
      return S3Errors.of(400, "IncompleteBody", "The request body is not valid aws-chunked data.");
    }
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
