package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * TagResource, UntagResource and ListTagsForResource, for detectors: the resource whose tags matter
 * here, since {@value Detector#BASELINE_TAG} opens and closes the anomaly baseline's learning
 * window. UntagResource removes the one key the sandbox's query-string reading keeps when a request
 * names several.
 */
final class TagOperations {

  private final Detectors detectors;

  TagOperations(Detectors detectors) {
    this.detectors = detectors;
  }

  Outcome tag(ApiCall call) {
    Detector detector = detector(call);
    JsonNode given = call.json().get("tags");
    if (given == null || !given.isObject()) {
      throw GuardDutyErrors.missing("tags");
    }
    Map<String, String> tags = new LinkedHashMap<>(detector.tags());
    given.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    detectors.retag(detector, tags);
    return Outcome.json(Json.object());
  }

  Outcome untag(ApiCall call) {
    Detector detector = detector(call);
    JsonNode keys = call.json().get("tagKeys");
    if (keys == null || keys.isNull()) {
      throw GuardDutyErrors.missing("tagKeys");
    }
    Map<String, String> tags = new LinkedHashMap<>(detector.tags());
    if (keys.isArray()) {
      keys.forEach(key -> tags.remove(key.asString()));
    } else {
      tags.remove(keys.asString());
    }
    detectors.retag(detector, tags);
    return Outcome.json(Json.object());
  }

  Outcome list(ApiCall call) {
    Detector detector = detector(call);
    ObjectNode body = Json.object();
    ObjectNode tags = body.putObject("tags");
    detector.tags().forEach(tags::put);
    return Outcome.json(body);
  }

  private Detector detector(ApiCall call) {
    String arn = JsonInput.string(call.json(), "resourceArn");
    if (arn == null || arn.isEmpty()) {
      throw GuardDutyErrors.missing("resourceArn");
    }
    return detectors
        .byArn(arn)
        .orElseThrow(
            () ->
                GuardDutyErrors.badRequest(
                    "The request is rejected because the resource " + arn + " was not found."));
  }
}
