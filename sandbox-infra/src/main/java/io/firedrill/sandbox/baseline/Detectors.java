package io.firedrill.sandbox.baseline;

import java.util.List;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/**
 * A region's GuardDuty detector, enabled: the one there if any (GuardDuty allows one), else new.
 */
final class Detectors {

  private Detectors() {}

  static String ensureEnabled(GuardDutyClient guardDuty, String baselineName) {
    List<String> existing = guardDuty.listDetectors().detectorIds();
    if (existing.isEmpty()) {
      return guardDuty
          .createDetector(
              create ->
                  create.enable(true).tags(java.util.Map.of(BaselineApplier.TAG_KEY, baselineName)))
          .detectorId();
    }
    String id = existing.get(0);
    guardDuty.updateDetector(update -> update.detectorId(id).enable(true));
    return id;
  }

  /** The tag that makes the sandbox's GuardDuty learn each principal's normal calls. */
  static final String LEARNING_TAG = "firedrill:anomaly-baseline";

  /** Starts or ends GuardDuty's learning window on the detector. */
  static void learn(GuardDutyClient guardDuty, String detectorArn, boolean learning) {
    if (learning) {
      guardDuty.tagResource(
          tag -> tag.resourceArn(detectorArn).tags(java.util.Map.of(LEARNING_TAG, "learning")));
    } else {
      guardDuty.untagResource(untag -> untag.resourceArn(detectorArn).tagKeys(LEARNING_TAG));
    }
  }
}
