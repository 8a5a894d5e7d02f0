package io.firedrill.sandbox.guardduty;

import java.io.IOException;

/**
 * Reads the text of a threat intel set's list from the set's {@code Location}, as GuardDuty reads
 * it when the set is activated. The {@code Sandbox} wires one into its GuardDuty.
 *
 * <p>On AWS a location is an S3 object ({@code s3://bucket/key} or {@code
 * https://bucket.s3.amazonaws.com/key}); {@link S3ThreatListSource} reads those from the sandbox's
 * own buckets, and {@code file://} locations through {@link FileThreatListSource}.
 */
@FunctionalInterface
public interface ThreatListSource {

  /**
   * The list's text at {@code location}.
   *
   * @throws IOException when the location cannot be read, or is of a kind this source does not
   *     read; the set's status is then ERROR, as GuardDuty's is for a list it cannot read
   */
  String read(String location) throws IOException;

  /** A source that reads nothing: every set is in ERROR until the sandbox wires a real one. */
  static ThreatListSource none() {
    return location -> {
      throw new IOException("this sandbox reads no threat list locations: " + location);
    };
  }
}
