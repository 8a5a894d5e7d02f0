/**
 * EventBridge (awsJson1.1, API 2015-10-07) on the default event bus: rules with event patterns,
 * matched with AWS's own event-ruler; targets; PutEvents; and the events AWS itself puts on the
 * bus: "AWS API Call via CloudTrail" for every recorded management call that AWS delivers, and
 * "GuardDuty Finding" for every new or updated finding. Delivery is asynchronous, to SQS queues in
 * the sandbox and, as a firedrill extension, to an {@code http://} URL target (the event's JSON is
 * POSTed there).
 */
package io.firedrill.sandbox.events;
