package io.firedrill.sandbox.provision;

import io.firedrill.sandbox.baseline.Baseline;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.model.PutTargetsResponse;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.guardduty.model.DetectorStatus;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * What the scorer watches: the GuardDuty detector, and an EventBridge rule on the default bus that
 * sends CloudTrail API calls and GuardDuty findings to an SQS queue.
 */
final class TelemetrySteps {

  /**
   * The rule's pattern: management calls CloudTrail hands to EventBridge, and GuardDuty's findings.
   */
  static final String PATTERN =
      "{\"detail-type\":[\"AWS API Call via CloudTrail\",\"GuardDuty Finding\"]}";

  /** The id of the rule's one target, the queue. */
  static final String TARGET_ID = "firedrill-scorer";

  private final AwsClients aws;
  private final Book book;
  private final Tags tags;

  TelemetrySteps(AwsClients aws, Book book, Tags tags) {
    this.aws = aws;
    this.book = book;
    this.tags = tags;
  }

  void run(Baseline baseline) {
    if (baseline.guardDuty()) {
      detector();
    }
    String queueUrl = queue();
    String queueArn =
        aws.sqs
            .getQueueAttributes(
                r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    String ruleArn = rule();
    String policy = queuePolicy(queueArn, ruleArn);
    String current =
        aws.sqs
            .getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.POLICY))
            .attributes()
            .get(QueueAttributeName.POLICY);
    if (current == null || current.isBlank()) {
      aws.sqs.setQueueAttributes(
          r -> r.queueUrl(queueUrl).attributes(Map.of(QueueAttributeName.POLICY, policy)));
    }
    target(queueArn);
  }

  private void detector() {
    List<String> ids = aws.guardDuty.listDetectors().detectorIds();
    if (!ids.isEmpty()) {
      String id = ids.get(0);
      GetDetectorResponse detector = aws.guardDuty.getDetector(r -> r.detectorId(id));
      // Left as found: teardown could not give back a detector's earlier state.
      book.existed(
          "GuardDuty detector "
              + id
              + (detector.status() == DetectorStatus.ENABLED
                  ? ""
                  : " (DISABLED: it raises no findings until enabled: aws guardduty"
                      + " update-detector --detector-id "
                      + id
                      + " --enable)"));
      return;
    }
    String id = aws.guardDuty.createDetector(r -> r.enable(true).tags(tags.map())).detectorId();
    book.created(Resource.of(Kind.DETECTOR, id));
  }

  private String queue() {
    try {
      String url = aws.sqs.getQueueUrl(r -> r.queueName(Provisioner.TELEMETRY)).queueUrl();
      book.existed("queue " + url);
      return url;
    } catch (QueueDoesNotExistException missing) {
      String url =
          aws.sqs.createQueue(r -> r.queueName(Provisioner.TELEMETRY).tags(tags.map())).queueUrl();
      book.created(Resource.of(Kind.QUEUE, url));
      return url;
    }
  }

  private String rule() {
    try {
      String arn = aws.events.describeRule(r -> r.name(Provisioner.TELEMETRY)).arn();
      book.existed("EventBridge rule " + arn);
      return arn;
    } catch (ResourceNotFoundException missing) {
      String arn =
          aws.events
              .putRule(
                  r ->
                      r.name(Provisioner.TELEMETRY)
                          .description(
                              "firedrill: CloudTrail calls and GuardDuty findings to the scorer")
                          .eventPattern(PATTERN)
                          .tags(
                              tags.map().entrySet().stream()
                                  .map(
                                      e ->
                                          software.amazon.awssdk.services.eventbridge.model.Tag
                                              .builder()
                                              .key(e.getKey())
                                              .value(e.getValue())
                                              .build())
                                  .toList()))
              .ruleArn();
      book.created(Resource.of(Kind.RULE, Provisioner.TELEMETRY));
      return arn;
    }
  }

  private void target(String queueArn) {
    boolean there =
        aws.events.listTargetsByRule(r -> r.rule(Provisioner.TELEMETRY)).targets().stream()
            .anyMatch(t -> t.id().equals(TARGET_ID));
    if (there) {
      book.existed("target " + TARGET_ID + " of rule " + Provisioner.TELEMETRY);
      return;
    }
    PutTargetsResponse put =
        aws.events.putTargets(
            r -> r.rule(Provisioner.TELEMETRY).targets(t -> t.id(TARGET_ID).arn(queueArn)));
    if (put.failedEntryCount() != null && put.failedEntryCount() > 0) {
      throw new IllegalStateException(
          "EventBridge refused the queue as the rule's target: " + put.failedEntries());
    }
    book.created(Resource.of(Kind.RULE_TARGET, TARGET_ID, "rule", Provisioner.TELEMETRY));
  }

  // EventBridge delivers to a queue only when the queue's policy lets the service send, and only
  // for this rule: the condition keeps any other rule of any account out.
  static String queuePolicy(String queueArn, String ruleArn) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"FiredrillRuleToQueue\","
        + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
        + "\"Action\":\"sqs:SendMessage\",\"Resource\":\""
        + queueArn
        + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\""
        + ruleArn
        + "\"}}}]}";
  }
}
