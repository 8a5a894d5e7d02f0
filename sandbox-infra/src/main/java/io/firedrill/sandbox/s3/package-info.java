/**
 * Amazon S3 over its own wire protocol (restXml, 2006-03-01): buckets, objects, bucket policies,
 * public access blocks and ACLs, path-style and virtual-host-style addressing, SigV4 with S3's
 * payload hashes (signed, unsigned and aws-chunked streaming with trailing checksums), and
 * anonymous requests where a bucket is public. Bucket-level calls are recorded as CloudTrail
 * management events; object-level calls are data events, which event history does not hold.
 *
 * <p>{@link io.firedrill.sandbox.s3.S3Front} is the one entry point; it runs its own request
 * pipeline beside the gateway's, because S3 differs from every other service in how it is
 * addressed, signed, authorized (resource policies, ACLs, anonymous callers) and answered (raw
 * bodies, metadata in headers).
 */
package io.firedrill.sandbox.s3;
