package io.firedrill.scoring.policy;

import java.util.List;

/**
 * What the scorer reads, to scope its policy to.
 *
 * @param account the account id, or {@code *}
 * @param region the exercise's region, or {@code *}
 * @param trailBuckets the buckets the account's trails deliver to
 * @param queueName the SQS queue an EventBridge rule fills for the scorer
 */
public record ScorerResources(
    String account, String region, List<String> trailBuckets, String queueName) {

  /** The queue {@code sandbox provision} makes for the scorer unless told otherwise. */
  public static final String DEFAULT_QUEUE = "firedrill-telemetry";

  public ScorerResources {
    account = account == null ? "*" : account;
    region = region == null ? "*" : region;
    trailBuckets = List.copyOf(trailBuckets);
    queueName = queueName == null ? DEFAULT_QUEUE : queueName;
  }
}
