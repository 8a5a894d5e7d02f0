package io.firedrill.scoring.score;

/**
 * The CloudTrail record that shows something happened.
 *
 * @param eventId the record's eventID, which anyone can look up in CloudTrail
 * @param userName the IAM user who made the call, when it was one
 */
public record Evidence(
    String eventId,
    String requestId,
    String eventSource,
    String eventName,
    String eventTime,
    String arn,
    String userName,
    String accessKeyId,
    String sourceIp,
    String errorCode) {}
