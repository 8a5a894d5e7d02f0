package io.firedrill.sandbox.provision;

import java.util.List;

/**
 * The role the blue team assumes in a real sandbox account: it reads everything security-relevant
 * (SecurityAudit) and may do what containment takes, and nothing else.
 */
final class BlueTeam {

  static final List<String> MANAGED_POLICIES = List.of("arn:aws:iam::aws:policy/SecurityAudit");

  /** The name of the role's inline containment policy. */
  static final String CONTAINMENT = "firedrill-containment";

  // Containment in the scenarios firedrill plays: cut off keys and users, restore logging and
  // detection, stop what the attacker launched, close what it opened.
  private static final List<String> ACTIONS =
      List.of(
          "cloudtrail:LookupEvents",
          "cloudtrail:StartLogging",
          "cloudtrail:UpdateTrail",
          "cloudtrail:PutEventSelectors",
          "guardduty:UpdateDetector",
          "guardduty:ArchiveFindings",
          "iam:UpdateAccessKey",
          "iam:DeleteAccessKey",
          "iam:DeleteLoginProfile",
          "iam:PutUserPolicy",
          "iam:AttachUserPolicy",
          "iam:DetachUserPolicy",
          "iam:DeleteUser",
          "iam:UpdateAssumeRolePolicy",
          "iam:SetDefaultPolicyVersion",
          "ec2:StopInstances",
          "ec2:TerminateInstances",
          "ec2:RevokeSecurityGroupIngress",
          "ec2:ModifySnapshotAttribute",
          "s3:PutBucketPublicAccessBlock",
          "s3:DeleteBucketPolicy",
          "sqs:ReceiveMessage");

  private BlueTeam() {}

  static String containmentPolicy() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Containment\","
        + "\"Effect\":\"Allow\",\"Action\":["
        + String.join(",", ACTIONS.stream().map(a -> "\"" + a + "\"").toList())
        + "],\"Resource\":\"*\"}]}";
  }
}
