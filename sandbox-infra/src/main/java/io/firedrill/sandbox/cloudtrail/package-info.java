/**
 * The sandbox's CloudTrail: trails and their logging state, the event history that records every
 * authenticated call the sandbox serves as a CloudTrail record, and the awsJson1.1 API over both
 * (LookupEvents included, so the scorer and the blue team read the history as they would on AWS).
 *
 * <p>{@link io.firedrill.sandbox.cloudtrail.EventHistory}, {@link
 * io.firedrill.sandbox.cloudtrail.CallRecord} and {@link
 * io.firedrill.sandbox.cloudtrail.CloudTrailService} are public only for the wiring in the parent
 * package; they are not part of the module's API.
 */
package io.firedrill.sandbox.cloudtrail;
