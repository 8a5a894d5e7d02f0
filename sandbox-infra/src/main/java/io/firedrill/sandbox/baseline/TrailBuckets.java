package io.firedrill.sandbox.baseline;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The bucket a baseline's trail delivers to: made, with CloudTrail's bucket policy, if missing. */
final class TrailBuckets {

  private TrailBuckets() {}

  static void ensure(S3Client s3, String bucket, String region, String accountId, String baseline) {
    if (exists(s3, bucket)) {
      return;
    }
    s3.createBucket(
        create -> {
          create.bucket(bucket);
          // us-east-1 is the one region named by no constraint at all.
          if (!region.equals("us-east-1")) {
            create.createBucketConfiguration(
                c -> c.locationConstraint(BucketLocationConstraint.fromValue(region)));
          }
        });
    s3.putBucketTagging(
        tag ->
            tag.bucket(bucket)
                .tagging(t -> t.tagSet(x -> x.key(BaselineApplier.TAG_KEY).value(baseline))));
    s3.putBucketPolicy(policy -> policy.bucket(bucket).policy(policy(bucket, accountId)));
  }

  private static boolean exists(S3Client s3, String bucket) {
    try {
      s3.headBucket(head -> head.bucket(bucket));
      return true;
    } catch (NoSuchBucketException missing) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  // What CloudTrail's console writes: the service may read the ACL and write the account's logs.
  static String policy(String bucket, String accountId) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Sid\":\"AWSCloudTrailAclCheck\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
        + "\"Action\":\"s3:GetBucketAcl\",\"Resource\":\"arn:aws:s3:::"
        + bucket
        + "\"},"
        + "{\"Sid\":\"AWSCloudTrailWrite\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
        + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::"
        + bucket
        + "/AWSLogs/"
        + accountId
        + "/*\","
        + "\"Condition\":{\"StringEquals\":{\"s3:x-amz-acl\":\"bucket-owner-full-control\"}}}]}";
  }
}
