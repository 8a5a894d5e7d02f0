package io.firedrill.scoring.score;

import java.time.Duration;

/**
 * One line of the exercise's timeline.
 *
 * @param at scenario time
 * @param party who acted
 * @param who the actor's name, the user name or ARN
 * @param what the call, such as cloudtrail:StopLogging
 * @param outcome AWS's answer: allowed, or the error code
 * @param evidence the CloudTrail eventID, or null when the line comes from the injector alone
 */
public record TimelineEntry(
    Duration at, Party party, String who, String what, String outcome, String evidence) {}
