package io.firedrill.sandbox;

import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.cloudtrail.CloudTrailState;
import io.firedrill.sandbox.ec2.Ec2State;
import io.firedrill.sandbox.events.EventsState;
import io.firedrill.sandbox.guardduty.GuardDutyState;
import io.firedrill.sandbox.iam.IamState;
import io.firedrill.sandbox.s3.S3State;
import io.firedrill.sandbox.sqs.SqsState;
import java.util.List;
import java.util.Objects;

/**
 * Everything a sandbox holds, as plain data, versioned: what {@link StateFile} writes on close and
 * reads on start. Holds secret access keys and session tokens.
 *
 * @param version the format version; {@link #VERSION} when written by this code
 * @param accountId the account the state belongs to
 * @param adminAccessKeyId the key of {@value Sandbox#ADMIN_USER} the handle gives out
 */
record SandboxState(
    int version,
    String accountId,
    String adminAccessKeyId,
    IamState iam,
    List<Credential> sessions,
    CloudTrailState cloudTrail,
    GuardDutyState guardDuty,
    Ec2State ec2,
    S3State s3,
    SqsState sqs,
    EventsState events) {

  /** Raise when a change to any store's state record would misread an older file. */
  static final int VERSION = 1;

  SandboxState {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(adminAccessKeyId, "adminAccessKeyId");
    Objects.requireNonNull(iam, "iam");
    sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
    Objects.requireNonNull(cloudTrail, "cloudTrail");
    Objects.requireNonNull(guardDuty, "guardDuty");
    Objects.requireNonNull(ec2, "ec2");
    // A file written before the sandbox had S3 has no buckets.
    s3 = s3 == null ? new S3State(List.of()) : s3;
    // Absent from files written before SQS and EventBridge: nothing of theirs to restore.
    sqs = sqs == null ? new SqsState(List.of()) : sqs;
    events = events == null ? new EventsState(List.of()) : events;
  }
}
