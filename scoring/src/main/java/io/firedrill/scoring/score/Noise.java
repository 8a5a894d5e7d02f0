package io.firedrill.scoring.score;

/**
 * What the scorer counts as background noise: an AWS service's own identity, or a call a service
 * made for a principal. One definition, for the attribution of journaled records and for a replay
 * that leaves such records out of the journal.
 */
public final class Noise {

  private Noise() {}

  /**
   * @param identityType the record's {@code userIdentity.type}, or null
   * @param sourceIp its {@code sourceIPAddress}, which is the service's host name for a call a
   *     service made for a principal (as CloudTrail records invokedBy calls)
   */
  public static boolean isServiceCall(String identityType, String sourceIp) {
    return identityType == null
        || "AWSService".equals(identityType)
        || (sourceIp != null && sourceIp.endsWith(".amazonaws.com"));
  }
}
