package io.firedrill.scoring.telemetry;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The trail files kept in a trail bucket, read where they are: no {@code aws s3 sync} first. A
 * trail delivers under {@code AWSLogs/<account>/CloudTrail/<region>/<yyyy>/<mm>/<dd>/}, so a prefix
 * picks an account, a region or a day; digest files are left out.
 */
public final class S3TrailFiles {

  private S3TrailFiles() {}

  /** Where a trail is kept: a bucket and a key prefix, from {@code s3://bucket/prefix}. */
  public record Location(String bucket, String prefix) {

    /**
     * @throws TelemetryException saying what was expected, when the text is no {@code s3://} URI
     */
    public static Location parse(String uri) {
      URI parsed;
      try {
        parsed = URI.create(uri);
      } catch (IllegalArgumentException e) {
        parsed = null;
      }
      if (parsed == null
          || !"s3".equals(parsed.getScheme())
          || parsed.getHost() == null
          || parsed.getHost().isEmpty()) {
        throw new TelemetryException(
            uri + ": expected s3://BUCKET or s3://BUCKET/PREFIX, e.g. s3://my-trail/AWSLogs/");
      }
      String path = parsed.getPath() == null ? "" : parsed.getPath();
      return new Location(parsed.getHost(), path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public String toString() {
      return "s3://" + bucket + "/" + prefix;
    }
  }

  /**
   * The trail files under a location, in key order (which is time order within a region).
   *
   * @throws TelemetryException naming the bucket, when it cannot be listed
   */
  public static List<TrailFile> list(S3Client s3, Location where) {
    List<TrailFile> files = new ArrayList<>();
    try {
      for (S3Object object :
          s3.listObjectsV2Paginator(b -> b.bucket(where.bucket()).prefix(where.prefix()))
              .contents()) {
        if (CloudTrailFiles.isTrailFile(object.key())) {
          files.add(new BucketObject(s3, where.bucket(), object.key(), object.size()));
        }
      }
    } catch (SdkException e) {
      throw new TelemetryException(where + ": cannot list the files there: " + e.getMessage());
    }
    return files;
  }

  /** One object, opened when it is read. */
  private record BucketObject(S3Client s3, String bucket, String key, long size)
      implements TrailFile {

    @Override
    public String name() {
      return "s3://" + bucket + "/" + key;
    }

    @Override
    public InputStream open() {
      try {
        return s3.getObject(b -> b.bucket(bucket).key(key));
      } catch (SdkException e) {
        throw new TelemetryException(name() + ": cannot read: " + e.getMessage());
      }
    }
  }
}
