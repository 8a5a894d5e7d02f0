package io.firedrill.sandbox.guardduty;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A GuardDuty detector: one per account and region.
 *
 * @param id 32 hex digits, as GuardDuty's detector ids are
 * @param region the region it watches
 * @param accountId the account it belongs to
 * @param enabled whether it raises findings (status ENABLED)
 * @param publishingFrequency e.g. SIX_HOURS, GuardDuty's default
 * @param tags the detector's tags
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record Detector(
    String id,
    String region,
    String accountId,
    boolean enabled,
    String publishingFrequency,
    Map<String, String> tags,
    Instant createdAt,
    Instant updatedAt) {

  Detector {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(publishingFrequency, "publishingFrequency");
    tags = Map.copyOf(tags);
  }

  /**
   * The detector tag that opens the anomaly baseline's learning window: while the detector carries
   * it with the value {@value #LEARNING}, every call in its region teaches the baseline and raises
   * no anomalous-behaviour finding.
   */
  static final String BASELINE_TAG = "firedrill:anomaly-baseline";

  /** The value of {@link #BASELINE_TAG} that means "learning". */
  static final String LEARNING = "learning";

  /** Whether the detector is in its baseline's learning window. */
  boolean learning() {
    return LEARNING.equals(tags.get(BASELINE_TAG));
  }

  Detector withTags(Map<String, String> replaced) {
    return new Detector(
        id, region, accountId, enabled, publishingFrequency, replaced, createdAt, updatedAt);
  }

  String arn() {
    return arn(region, accountId, id);
  }

  static String arn(String region, String accountId, String detectorId) {
    return "arn:aws:guardduty:" + region + ":" + accountId + ":detector/" + detectorId;
  }

  Detector updated(Boolean enable, String frequency, Instant at) {
    return new Detector(
        id,
        region,
        accountId,
        enable == null ? enabled : enable,
        frequency == null ? publishingFrequency : frequency,
        tags,
        createdAt,
        at);
  }
}
