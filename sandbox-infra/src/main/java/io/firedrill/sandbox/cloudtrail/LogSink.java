package io.firedrill.sandbox.cloudtrail;

import java.time.Instant;

/** Where trail log files go: the sandbox's S3, written directly, as CloudTrail's service does. */
@FunctionalInterface
public interface LogSink {

  /** Writes one object; false when the bucket does not exist. */
  boolean put(String bucket, String key, byte[] content, Instant at);
}
