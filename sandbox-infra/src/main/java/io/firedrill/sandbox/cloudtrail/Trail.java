package io.firedrill.sandbox.cloudtrail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A trail and its logging state.
 *
 * @param name the trail name
 * @param arn the trail ARN
 * @param homeRegion the region it was created in
 * @param bucket the S3 bucket it delivers to (the sandbox delivers nothing yet)
 * @param keyPrefix the S3 key prefix, or null
 * @param includeGlobalServiceEvents whether IAM and STS events go to this trail
 * @param multiRegion whether it is a multi-region trail
 * @param logFileValidation whether digest files are enabled
 * @param tags the trail's tags, in order
 * @param logging whether it is logging now
 * @param startedLogging when logging last started, or null
 * @param stoppedLogging when logging last stopped, or null
 * @param eventSelectors the selectors PutEventSelectors set, as their JSON (EventSelectors), or
 *     null for the default: every management event, read and write
 */
record Trail(
    String name,
    String arn,
    String homeRegion,
    String bucket,
    String keyPrefix,
    boolean includeGlobalServiceEvents,
    boolean multiRegion,
    boolean logFileValidation,
    List<Map.Entry<String, String>> tags,
    boolean logging,
    Instant startedLogging,
    Instant stoppedLogging,
    JsonNode eventSelectors) {

  Trail {
    tags = List.copyOf(tags);
  }

  /** A new trail: not logging, with the default selectors. */
  static Trail created(
      String name,
      String arn,
      String homeRegion,
      String bucket,
      String keyPrefix,
      boolean includeGlobalServiceEvents,
      boolean multiRegion,
      boolean logFileValidation,
      List<Map.Entry<String, String>> tags) {
    return new Trail(
        name,
        arn,
        homeRegion,
        bucket,
        keyPrefix,
        includeGlobalServiceEvents,
        multiRegion,
        logFileValidation,
        tags,
        false,
        null,
        null,
        null);
  }

  /** This trail with other delivery settings, as UpdateTrail changes them. */
  Trail withSettings(
      String bucket,
      String keyPrefix,
      boolean includeGlobalServiceEvents,
      boolean multiRegion,
      boolean logFileValidation) {
    return new Trail(
        name,
        arn,
        homeRegion,
        bucket,
        keyPrefix,
        includeGlobalServiceEvents,
        multiRegion,
        logFileValidation,
        tags,
        logging,
        startedLogging,
        stoppedLogging,
        eventSelectors);
  }

  Trail withEventSelectors(JsonNode selectors) {
    return new Trail(
        name,
        arn,
        homeRegion,
        bucket,
        keyPrefix,
        includeGlobalServiceEvents,
        multiRegion,
        logFileValidation,
        tags,
        logging,
        startedLogging,
        stoppedLogging,
        selectors);
  }

  Trail startLogging(Instant now) {
    return logging ? this : withLogging(true, now, stoppedLogging);
  }

  Trail stopLogging(Instant now) {
    return logging ? withLogging(false, startedLogging, now) : this;
  }

  private Trail withLogging(boolean on, Instant started, Instant stopped) {
    return new Trail(
        name,
        arn,
        homeRegion,
        bucket,
        keyPrefix,
        includeGlobalServiceEvents,
        multiRegion,
        logFileValidation,
        tags,
        on,
        started,
        stopped,
        eventSelectors);
  }
}
