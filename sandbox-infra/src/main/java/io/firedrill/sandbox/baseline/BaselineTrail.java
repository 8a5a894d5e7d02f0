package io.firedrill.sandbox.baseline;

import java.util.regex.Pattern;

/**
 * A CloudTrail trail the baseline creates.
 *
 * @param name the trail name
 * @param bucket the S3 bucket it delivers to
 * @param logging whether the trail is started after creation
 */
public record BaselineTrail(String name, String bucket, boolean logging) {

  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|[._-](?![._-])){1,126}[A-Za-z0-9]");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  public BaselineTrail {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "trail name must be 3-128 letters, digits, '.', '_' or '-', starting and ending with a"
              + " letter or digit, got '"
              + name
              + "'");
    }
    if (bucket == null || !BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "bucket must be an S3 bucket name (3-63 lower-case letters, digits, '.' or '-'), got '"
              + bucket
              + "'");
    }
  }

  /**
   * The bucket policy CloudTrail needs to deliver this account's logs to the trail's bucket, as the
   * baseline gives the buckets it creates.
   */
  public String bucketPolicy(String accountId) {
    return TrailBuckets.policy(bucket, accountId);
  }
}
