package io.firedrill.scoring.telemetry;

import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The path {@link EventBridgeQueue} reads: a queue, and a rule on the default bus that sends it
 * every CloudTrail write call and every GuardDuty finding. Made and removed through the SDK, so the
 * same route works in the embedded sandbox and in an account. The queue's policy lets EventBridge
 * send to it from this rule only, as AWS requires before it delivers anything.
 *
 * @param name the queue's and the rule's name
 * @param queueUrl where the source reads
 * @param ruleArn the rule that fills the queue
 */
public record EventBridgeRoute(String name, String queueUrl, String ruleArn) {

  /** The events the rule sends: AWS's own, of the two kinds the scorer reads. */
  static final String PATTERN =
      "{\"source\":[{\"prefix\":\"aws.\"}],"
          + "\"detail-type\":[\"AWS API Call via CloudTrail\",\"GuardDuty Finding\"]}";

  private static final String TARGET_ID = "firedrill-scorer";

  /** Creates the queue (or finds it), its policy, the rule and its target. */
  public static EventBridgeRoute create(EventBridgeClient events, SqsClient sqs, String name) {
    String url = sqs.createQueue(r -> r.queueName(name)).queueUrl();
    String queueArn =
        sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributesAsStrings()
            .get("QueueArn");
    String ruleArn =
        events
            .putRule(
                r ->
                    r.name(name)
                        .eventPattern(PATTERN)
                        .description("firedrill scorer: CloudTrail calls and GuardDuty findings"))
            .ruleArn();
    sqs.setQueueAttributes(
        r ->
            r.queueUrl(url)
                .attributes(Map.of(QueueAttributeName.POLICY, policy(queueArn, ruleArn))));
    events.putTargets(r -> r.rule(name).targets(t -> t.id(TARGET_ID).arn(queueArn)));
    return new EventBridgeRoute(name, url, ruleArn);
  }

  /** Removes the target, the rule and the queue. */
  public void remove(EventBridgeClient events, SqsClient sqs) {
    events.removeTargets(r -> r.rule(name).ids(TARGET_ID));
    events.deleteRule(r -> r.name(name));
    sqs.deleteQueue(r -> r.queueUrl(queueUrl));
  }

  static String policy(String queueArn, String ruleArn) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EventBridgeToScorer\","
        + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
        + "\"Action\":\"sqs:SendMessage\",\"Resource\":\""
        + queueArn
        + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\""
        + ruleArn
        + "\"}}}]}";
  }
}
