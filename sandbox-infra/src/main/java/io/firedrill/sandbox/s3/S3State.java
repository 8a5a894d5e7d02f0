package io.firedrill.sandbox.s3;

import java.time.Instant;
import java.util.List;

/** S3's content as plain data, to persist across a restart: every bucket with its objects. */
public record S3State(List<BucketState> buckets) {

  public S3State {
    buckets = List.copyOf(buckets);
  }

  /** One bucket; {@code tags} null when it has none, {@code policy} null likewise. */
  record BucketState(
      String name,
      String region,
      Instant created,
      String policy,
      PublicAccessBlock publicAccessBlock,
      List<Grant> acl,
      List<Tag> tags,
      List<StoredObject> objects) {}
}
