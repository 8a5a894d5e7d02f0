package io.firedrill.sandbox.s3;

/**
 * One S3 operation.
 *
 * @param name the name CloudTrail records, e.g. {@code PutBucketPublicAccessBlock}
 * @param action the IAM action that authorizes it, e.g. {@code s3:PutBucketPublicAccessBlock}
 * @param management whether CloudTrail records it as a management event; object-level operations
 *     are data events, which event history never holds
 * @param readOnly whether CloudTrail marks it read-only
 * @param handler what it does
 */
record S3Operation(
    String name, String action, boolean management, boolean readOnly, Handler handler) {

  @FunctionalInterface
  interface Handler {
    S3Result handle(S3Call call);
  }

  static S3Operation bucketRead(String name, String action, Handler handler) {
    return new S3Operation(name, action, true, true, handler);
  }

  static S3Operation bucketWrite(String name, String action, Handler handler) {
    return new S3Operation(name, action, true, false, handler);
  }

  static S3Operation objectRead(String name, String action, Handler handler) {
    return new S3Operation(name, action, false, true, handler);
  }

  static S3Operation objectWrite(String name, String action, Handler handler) {
    return new S3Operation(name, action, false, false, handler);
  }
}
