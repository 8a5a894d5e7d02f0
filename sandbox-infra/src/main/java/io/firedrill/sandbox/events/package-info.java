/**
 * EventBridge (awsJson1.1, API 2015-10-07) on the default event bus: rules with event patterns,
 * matched with AWS's own event-ruler; targets; PutEvents; and the events AWS itself puts on the
 * bus: "AWS API Call via CloudTrail" for every recorded management call that AWS delivers, and
 * "GuardDuty Finding" for every new or updated finding. Delivery is asynchronous, to SQS queues in
 * the sandbox and, as a firedrill extension, to an {@code http://} URL target (the event's JSON is
 * POSTed there).
 *
 * <p>Archived findings stay off the bus. GuardDuty's documentation says suppressed findings (those
 * a suppression rule, an ARCHIVE filter, archives automatically) are sent to none of the services
 * it integrates with, EventBridge included. It says nothing explicit of new occurrences of a
 * finding archived by hand; the sandbox treats them alike (a finding archived when it is raised or
 * updated is not sent), which is the quieter reading and the one a suppression rule implies.
 */
package io.firedrill.sandbox.events;
