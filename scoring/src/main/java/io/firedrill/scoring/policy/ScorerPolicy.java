package io.firedrill.scoring.policy;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.exercise.policy.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * The scorer's policy: exactly the calls its sources and probes make, read-only but for deleting
 * what it has read from its own queue. Setting up the EventBridge rule and queue is provisioning's
 * job, with firedrill's own identity, and needs none of this. The access-key probe signs with the
 * leaked key itself (sts:GetCallerIdentity, iam:GetUser as that key), so it needs nothing here.
 */
public final class ScorerPolicy {

  private ScorerPolicy() {}

  public static PolicyDocument of(ScorerResources r) {
    List<PolicyStatement> statements = new ArrayList<>();
    // CloudTrailPoller: LookupEvents acts on no resource.
    statements.add(statement("CloudTrailEventHistory", "*", "cloudtrail:LookupEvents"));
    // GuardDutyPoller, and the detector probe (GetDetector). ListDetectors acts on no resource, and
    // the detector's id, part of its ARN, is only known once listed.
    statements.add(
        statement(
            "GuardDutyFindings",
            "*",
            "guardduty:ListDetectors",
            "guardduty:GetDetector",
            "guardduty:ListFindings",
            "guardduty:GetFindings"));
    // The containment probes: does a user the attack made still exist, is a trail logging.
    statements.add(
        statement("ProbeUsers", "arn:aws:iam::" + r.account() + ":user/*", "iam:GetUser"));
    statements.add(
        statement(
            "ProbeTrails",
            "arn:aws:cloudtrail:" + r.region() + ":" + r.account() + ":trail/*",
            "cloudtrail:GetTrailStatus"));
    // EventBridgeQueue: DeleteMessageBatch is authorized as sqs:DeleteMessage.
    statements.add(
        statement(
            "EventBridgeQueue",
            "arn:aws:sqs:" + r.region() + ":" + r.account() + ":" + r.queueName(),
            "sqs:GetQueueAttributes",
            "sqs:ReceiveMessage",
            "sqs:DeleteMessage"));
    // The trail's delivered log files, which CloudTrailFiles reads once downloaded.
    if (!r.trailBuckets().isEmpty()) {
      statements.add(
          new PolicyStatement(
              "TrailBucketList",
              List.of("s3:ListBucket"),
              r.trailBuckets().stream().map(b -> "arn:aws:s3:::" + b).toList()));
      statements.add(
          new PolicyStatement(
              "TrailBucketRead",
              List.of("s3:GetObject"),
              r.trailBuckets().stream().map(b -> "arn:aws:s3:::" + b + "/*").toList()));
    }
    return new PolicyDocument(statements);
  }

  private static PolicyStatement statement(String sid, String resource, String... actions) {
    return new PolicyStatement(sid, List.of(actions), List.of(resource));
  }
}
