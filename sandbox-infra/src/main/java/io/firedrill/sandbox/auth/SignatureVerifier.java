package io.firedrill.sandbox.auth;

import io.firedrill.sandbox.http.HttpCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4RequestSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.BinaryUtils;

/**
 * Recomputes a request's SigV4 signature with the AWS SDK's own signer and compares it.
 *
 * <p>Rebuilding the request from only the headers the client signed, at the instant its {@code
 * X-Amz-Date} names, over the exact body bytes, makes the SDK produce the canonical request the
 * client produced; borrowing the SDK's canonicalisation instead of writing one keeps the sandbox as
 * strict as AWS without a second implementation to get subtly wrong.
 *
 * <p>The public {@link AwsV4HttpSigner} cannot reproduce every valid signature: it always adds
 * {@code x-amz-content-sha256} and signs it, which botocore (the AWS CLI, boto3) does not do for
 * STS, IAM or CloudTrail. For those requests the verifier calls the signer's own request-signing
 * step ({@code V4RequestSigner}, SDK-internal API, pinned by the SDK BOM) with the payload hash.
 */
final class SignatureVerifier {

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
  private static final String CONTENT_SHA256 = "x-amz-content-sha256";

  private SignatureVerifier() {}

  static boolean matches(HttpCall call, SigV4Header auth, String secret, Instant signedAt) {
    SdkHttpRequest request;
    try {
      request = rebuild(call, auth);
    } catch (IllegalArgumentException unusable) {
      // A method or Host header no signer would produce cannot carry a valid signature.
      return false;
    }
    if (request == null) {
      return false;
    }
    AwsCredentialsIdentity identity = AwsCredentialsIdentity.create(auth.accessKeyId(), secret);
    String expected =
        auth.service().equals("s3")
            ? withS3Signer(call, auth, request, identity, signedAt)
            : auth.signedHeaders().contains(CONTENT_SHA256)
                ? withPublicSigner(call, auth, request, identity, signedAt)
                : withCanonicalSigner(call, auth, request, identity, signedAt);
    return expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            auth.signature().getBytes(StandardCharsets.US_ASCII));
  }

  // What the SDK's clients do: the public signer, which always adds and signs
  // x-amz-content-sha256. It reproduces a signature only when the client signed that header too.
  private static String withPublicSigner(
      HttpCall call,
      SigV4Header auth,
      SdkHttpRequest request,
      AwsCredentialsIdentity identity,
      Instant signedAt) {
    SignedRequest signed =
        SIGNER.sign(
            sign ->
                sign.identity(identity)
                    .request(request)
                    // Always a payload, even an empty one: without one the signer would sign
                    // UNSIGNED-PAYLOAD instead of the hash of the empty body.
                    .payload(ContentStreamProvider.fromByteArray(call.body()))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, auth.service())
                    .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region())
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                    .putProperty(
                        AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
    return signed
        .request()
        .firstMatchingHeader("Authorization")
        .map(value -> SigV4Header.parse(value).signature())
        .orElse(null);
  }

  // What botocore and the CLI do: they sign only the headers they send, without
  // x-amz-content-sha256. The same signer's request-signing step, given the payload hash, signs
  // exactly the headers it is handed.
  private static String withCanonicalSigner(
      HttpCall call,
      SigV4Header auth,
      SdkHttpRequest request,
      AwsCredentialsIdentity identity,
      Instant signedAt) {
    V4Properties properties =
        V4Properties.builder()
            .credentials(identity)
            .credentialScope(new CredentialScope(auth.region(), auth.service(), signedAt))
            .signingClock(Clock.fixed(signedAt, ZoneOffset.UTC))
            .doubleUrlEncode(true)
            .normalizePath(true)
            .build();
    return V4RequestSigner.create(properties, sha256Hex(call.body()))
        .sign(request.toBuilder())
        .getSignature();
  }

  // S3 signs its path as sent (no second encoding, no normalisation), and its canonical request's
  // payload hash is always the x-amz-content-sha256 header's value: a hex hash, UNSIGNED-PAYLOAD or
  // a STREAMING-* marker, whose chunks the S3 front checks on its own.
  private static String withS3Signer(
      HttpCall call,
      SigV4Header auth,
      SdkHttpRequest request,
      AwsCredentialsIdentity identity,
      Instant signedAt) {
    String payloadHash = call.header(CONTENT_SHA256);
    if (payloadHash == null) {
      return null;
    }
    V4Properties properties =
        V4Properties.builder()
            .credentials(identity)
            .credentialScope(new CredentialScope(auth.region(), auth.service(), signedAt))
            .signingClock(Clock.fixed(signedAt, ZoneOffset.UTC))
            .doubleUrlEncode(false)
            .normalizePath(false)
            .build();
    return V4RequestSigner.create(properties, payloadHash).sign(request.toBuilder()).getSignature();
  }

  private static String sha256Hex(byte[] body) {
    try {
      return BinaryUtils.toHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static SdkHttpRequest rebuild(HttpCall call, SigV4Header auth) {
    String host = call.header("host");
    if (host == null) {
      return null;
    }
    SdkHttpRequest.Builder builder =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(call.method()))
            .protocol("http")
            .encodedPath(call.rawPath() == null || call.rawPath().isEmpty() ? "/" : call.rawPath());
    int colon = host.lastIndexOf(':');
    if (colon > 0 && !host.endsWith("]")) {
      builder.host(host.substring(0, colon)).port(Integer.parseInt(host.substring(colon + 1)));
    } else {
      builder.host(host).port(80);
    }
    for (String pair : call.rawQuery().split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        builder.appendRawQueryParameter(decode(name), decode(value));
      }
    }
    for (String name : auth.signedHeaders()) {
      List<String> values = call.headers().get(name);
      if (values == null) {
        return null;
      }
      builder.putHeader(name, values);
    }
    return builder.build();
  }

  // Percent-decoding only: a literal '+' in a URL query is a plus, not a space.
  private static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
