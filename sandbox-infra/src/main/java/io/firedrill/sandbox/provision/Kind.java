package io.firedrill.sandbox.provision;

/**
 * What a provisioned resource is. Teardown removes kinds in this order (declaration order), which
 * is the order AWS lets them go: keys and attachments before their users and roles, the trail and
 * flow log before the buckets they write to, targets before their rule.
 */
public enum Kind {
  /** An IAM access key; the resource id is the key id, attribute {@code user}. */
  ACCESS_KEY,
  /** A managed policy attached to a user; id: the policy ARN, attribute {@code user}. */
  USER_POLICY_ATTACHMENT,
  /** An IAM user; id: the user name. */
  USER,
  /** A managed policy attached to a role; id: the policy ARN, attribute {@code role}. */
  ROLE_POLICY_ATTACHMENT,
  /** An inline policy of a role; id: the policy name, attribute {@code role}. */
  ROLE_INLINE_POLICY,
  /** An IAM role; id: the role name. */
  ROLE,
  /** A customer managed policy; id: its ARN. */
  MANAGED_POLICY,
  /** A CloudTrail trail; id: its ARN. */
  TRAIL,
  /** A VPC flow log; id: the flow log id. */
  FLOW_LOG,
  /** An S3 bucket, removed with every object in it; id: the bucket name. */
  BUCKET,
  /** A GuardDuty detector; id: the detector id. */
  DETECTOR,
  /** A target of an EventBridge rule; id: the target id, attribute {@code rule}. */
  RULE_TARGET,
  /** An EventBridge rule on the default bus; id: the rule name. */
  RULE,
  /** An SQS queue; id: the queue URL. */
  QUEUE
}
