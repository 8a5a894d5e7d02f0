package io.firedrill.injector.cleanup;

import io.firedrill.injector.aws.AwsSession;

/** Puts back a bucket's policy as the ledger kept it, or removes it when there was none. */
final class BucketPolicies {

  private BucketPolicies() {}

  static void restore(AwsSession control, String bucket, String policy) {
    if (policy == null || policy.isEmpty()) {
      control.s3().deleteBucketPolicy(r -> r.bucket(bucket));
    } else {
      control.s3().putBucketPolicy(r -> r.bucket(bucket).policy(policy));
    }
  }
}
