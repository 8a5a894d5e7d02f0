/**
 * SQS (API 2012-11-05) in both the wire protocols clients speak: awsJson1.0 ({@code X-Amz-Target:
 * AmazonSQS.<Op>}, what current SDKs send) and the query protocol (form-encoded, XML answers, what
 * older clients send). One set of operations works on the JSON shapes; the query protocol is
 * translated to and from them. Queues, send, long-polled receive, visibility timeouts, batches,
 * attributes and tags; no FIFO queues. Message operations are CloudTrail data events, kept out of
 * event history as on AWS.
 */
package io.firedrill.sandbox.sqs;
