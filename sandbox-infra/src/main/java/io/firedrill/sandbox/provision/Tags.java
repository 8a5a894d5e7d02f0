package io.firedrill.sandbox.provision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags on everything provisioning creates: whose it is (firedrill manages it), which
 * provisioning made it (what teardown may remove), and from which baseline.
 */
record Tags(String provisioningId, String baseline) {

  /** The tag on everything firedrill provisions. */
  static final String MANAGED = "firedrill:managed";

  /** The tag naming the provisioning that made a resource. */
  static final String PROVISIONING = "firedrill:provisioning";

  /** The baseline's own tag, as {@code BaselineApplier} sets it. */
  static final String BASELINE = io.firedrill.sandbox.baseline.BaselineApplier.TAG_KEY;

  Map<String, String> map() {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(MANAGED, "true");
    tags.put(PROVISIONING, provisioningId);
    tags.put(BASELINE, baseline);
    return tags;
  }

  /** These tags and one more. */
  Map<String, String> plus(String key, String value) {
    Map<String, String> tags = map();
    tags.put(key, value);
    return tags;
  }

  java.util.List<software.amazon.awssdk.services.iam.model.Tag> iam(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(
            e ->
                software.amazon.awssdk.services.iam.model.Tag.builder()
                    .key(e.getKey())
                    .value(e.getValue())
                    .build())
        .toList();
  }
}
