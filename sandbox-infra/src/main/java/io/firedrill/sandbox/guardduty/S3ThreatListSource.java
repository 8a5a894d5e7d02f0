package io.firedrill.sandbox.guardduty;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads threat lists from the sandbox's own S3, at the locations GuardDuty accepts: {@code
 * s3://bucket/key}, virtual-host style {@code https://bucket.s3.amazonaws.com/key} (also with a
 * region, {@code bucket.s3.eu-west-1.amazonaws.com} or {@code bucket.s3-eu-west-1...}), and path
 * style {@code https://s3.amazonaws.com/bucket/key} (also {@code s3.<region>.amazonaws.com}).
 * {@code file://} locations go to {@link FileThreatListSource}, the rest are errors.
 *
 * <p>GuardDuty reads the object with its service-linked role, not as the caller, so the object is
 * read whatever its bucket's policy says.
 */
public final class S3ThreatListSource implements ThreatListSource {

  private static final Pattern VIRTUAL_HOST =
      Pattern.compile("(.+)\\.s3(?:[.-]([a-z0-9-]+))?\\.amazonaws\\.com");
  private static final Pattern PATH_HOST =
      Pattern.compile("s3(?:[.-]([a-z0-9-]+))?\\.amazonaws\\.com");

  private final BiFunction<String, String, Optional<byte[]>> objects;
  private final ThreatListSource files = new FileThreatListSource();

  /** A source reading {@code objects.apply(bucket, key)}. */
  public S3ThreatListSource(BiFunction<String, String, Optional<byte[]>> objects) {
    this.objects = objects;
  }

  @Override
  public String read(String location) throws IOException {
    if (location.startsWith("file:")) {
      return files.read(location);
    }
    String[] object = bucketAndKey(location);
    byte[] data =
        objects
            .apply(object[0], object[1])
            .orElseThrow(
                () ->
                    new IOException(
                        "no object " + object[1] + " in bucket " + object[0] + ": " + location));
    return new String(data, StandardCharsets.UTF_8);
  }

  /** The bucket and key a location names. */
  static String[] bucketAndKey(String location) throws IOException {
    URI uri;
    try {
      uri = URI.create(location.trim());
    } catch (IllegalArgumentException e) {
      throw new IOException("not a location: " + location, e);
    }
    String host = uri.getHost() == null ? "" : uri.getHost();
    String path = uri.getPath() == null ? "" : uri.getPath();
    if ("s3".equals(uri.getScheme())) {
      return split(uri.getAuthority(), path, location);
    }
    if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
      if (PATH_HOST.matcher(host).matches()) {
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
          throw new IOException("no key in " + location);
        }
        return split(path.substring(1, slash), path.substring(slash), location);
      }
      Matcher virtual = VIRTUAL_HOST.matcher(host);
      if (virtual.matches()) {
        return split(virtual.group(1), path, location);
      }
    }
    throw new IOException(
        "not an S3 location: "
            + location
            + "; expected s3://bucket/key, https://bucket.s3.amazonaws.com/key or file://");
  }

  private static String[] split(String bucket, String path, String location) throws IOException {
    String key = path.startsWith("/") ? path.substring(1) : path;
    if (bucket == null || bucket.isEmpty() || key.isEmpty()) {
      throw new IOException("expected a bucket and a key in " + location);
    }
    return new String[] {bucket, key};
  }
}
