package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.http.HttpCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request is addressed: which bucket and key, by either of S3's two styles.
 *
 * <p>Virtual-host style names the bucket in the Host: {@code <bucket>.localhost:PORT} or {@code
 * <bucket>.s3.localhost:PORT} for the sandbox (names under {@code .localhost} are loopback by RFC
 * 6761, though a client may need its own resolver to see so), and {@code
 * <bucket>.s3[.<region>].amazonaws.com} when a client keeps AWS's host name and only its connection
 * goes to the sandbox. Any other Host ({@code 127.0.0.1:PORT}, {@code localhost:PORT}) is path
 * style: {@code /<bucket>/<key>}.
 *
 * @param bucket the bucket, or null when the request addresses the service
 * @param key the object key, or null when it addresses the bucket
 * @param host the Host header as sent, which CloudTrail records
 * @param virtualHost whether the bucket came from the Host
 */
record S3Address(String bucket, String key, String host, boolean virtualHost) {

  private static final Pattern AWS_HOST =
      Pattern.compile("(.+)\\.s3(?:[.-]([a-z0-9-]+))?\\.amazonaws\\.com");

  static S3Address of(HttpCall call) {
    String host = call.header("host") == null ? "" : call.header("host");
    String hostName = hostName(host);
    String bucket = bucketOfHost(hostName);
    String path = call.rawPath() == null || call.rawPath().isEmpty() ? "/" : call.rawPath();
    if (bucket != null) {
      String key = path.length() > 1 ? decode(path.substring(1)) : null;
      return new S3Address(bucket, key, host, true);
    }
    String rest = path.substring(1);
    if (rest.isEmpty()) {
      return new S3Address(null, null, host, false);
    }
    int slash = rest.indexOf('/');
    if (slash < 0 || slash == rest.length() - 1) {
      String name = slash < 0 ? rest : rest.substring(0, slash);
      return new S3Address(decode(name), null, host, false);
    }
    return new S3Address(
        decode(rest.substring(0, slash)), decode(rest.substring(slash + 1)), host, false);
  }

  /** Whether the Host names a bucket, so that even an unsigned request is S3's. */
  static boolean isVirtualHost(HttpCall call) {
    String host = call.header("host");
    return host != null && bucketOfHost(hostName(host)) != null;
  }

  private static String bucketOfHost(String hostName) {
    if (hostName.endsWith(".localhost")) {
      String prefix = hostName.substring(0, hostName.length() - ".localhost".length());
      if (prefix.endsWith(".s3")) {
        prefix = prefix.substring(0, prefix.length() - 3);
      }
      return prefix.isEmpty() || prefix.equals("s3") ? null : prefix;
    }
    Matcher aws = AWS_HOST.matcher(hostName);
    return aws.matches() ? aws.group(1) : null;
  }

  private static String hostName(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    int colon = lower.lastIndexOf(':');
    return colon > 0 && !lower.endsWith("]") ? lower.substring(0, colon) : lower;
  }

  // Percent-decoding only: in a path a '+' is a plus.
  static String decode(String raw) {
    return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
