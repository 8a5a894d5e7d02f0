package io.firedrill.shell.exercise;

import io.firedrill.scoring.telemetry.S3TrailFiles;
import io.firedrill.scoring.telemetry.TelemetryException;
import io.firedrill.scoring.telemetry.TrailFile;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A trail bucket (or the bucket GuardDuty exports its findings to) read in place with the
 * environment's AWS settings: the default credential chain and region, and {@code AWS_ENDPOINT_URL}
 * (or {@code AWS_ENDPOINT_URL_S3}), which the SDK reads itself, for an emulator. An emulator on one
 * host name cannot serve virtual-host buckets, so path style is used whenever an endpoint is set.
 */
public final class TrailBucket {

  private TrailBucket() {}

  /** Whether a {@code --cloudtrail} or {@code --guardduty} argument names a bucket, not a path. */
  public static boolean isBucket(String where) {
    return where.startsWith("s3://");
  }

  /** Lists the trail's files under {@code s3://bucket/prefix} and hands them to the work. */
  public static <T> T read(String where, Function<List<TrailFile>, T> work) {
    S3TrailFiles.Location location = S3TrailFiles.Location.parse(where);
    boolean emulator =
        System.getenv("AWS_ENDPOINT_URL") != null || System.getenv("AWS_ENDPOINT_URL_S3") != null;
    S3Client s3;
    try {
      s3 = S3Client.builder().forcePathStyle(emulator).build();
    } catch (SdkException e) {
      throw new TelemetryException(
          where
              + ": cannot set up an S3 client from the environment (AWS_REGION, AWS_PROFILE,"
              + " credentials): "
              + e.getMessage());
    }
    try (s3) {
      return work.apply(S3TrailFiles.list(s3, location));
    }
  }
}
