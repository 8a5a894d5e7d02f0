package io.firedrill.sandbox.s3;

/**
 * A bucket's S3 Block Public Access settings.
 *
 * @param blockPublicAcls refuse requests that set a public ACL
 * @param ignorePublicAcls let no public ACL grant access
 * @param blockPublicPolicy refuse a bucket policy that makes the bucket public
 * @param restrictPublicBuckets let a public policy grant nobody outside the account
 */
record PublicAccessBlock(
    boolean blockPublicAcls,
    boolean ignorePublicAcls,
    boolean blockPublicPolicy,
    boolean restrictPublicBuckets) {

  /** What a bucket created since April 2023 starts with: every setting on. */
  static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);
}
