package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import io.firedrill.sandbox.wire.RequestParameters;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a trail records and where it delivers: UpdateTrail, PutEventSelectors, GetEventSelectors.
 * Attackers use both to blind a trail without stopping it (a new bucket they own; selectors that
 * leave out management events), so both must take effect as on AWS.
 */
final class TrailSettings {

  private static final int MAX_SELECTORS = 5;
  private static final Set<String> READ_WRITE = Set.of("ReadOnly", "WriteOnly", "All");

  private final TrailStore trails;

  TrailSettings(TrailStore trails) {
    this.trails = trails;
  }

  Outcome updateTrail(ApiCall call) {
    JsonNode in = call.json();
    String name = JsonInput.string(in, "Name");
    if (name == null) {
      throw CloudTrailErrors.missing("name");
    }
    Trail updated =
        trails.update(
            name,
            call.region(),
            call.caller().accountId(),
            trail ->
                trail.withSettings(
                    orElse(JsonInput.string(in, "S3BucketName"), trail.bucket()),
                    in.has("S3KeyPrefix") ? JsonInput.string(in, "S3KeyPrefix") : trail.keyPrefix(),
                    JsonInput.bool(
                        in, "IncludeGlobalServiceEvents", trail.includeGlobalServiceEvents()),
                    JsonInput.bool(in, "IsMultiRegionTrail", trail.multiRegion()),
                    JsonInput.bool(in, "EnableLogFileValidation", trail.logFileValidation())));
    ObjectNode body = describe(updated);
    return Outcome.json(body)
        .recording(RequestParameters.fromJson(body))
        .about(
            new ResourceRef(CloudTrailService.TRAIL, updated.arn()),
            new ResourceRef("AWS::S3::Bucket", updated.bucket()));
  }

  Outcome putEventSelectors(ApiCall call) {
    JsonNode in = call.json();
    String name = JsonInput.string(in, "TrailName");
    if (name == null) {
      throw CloudTrailErrors.missing("trailName");
    }
    JsonNode selectors = JsonInput.array(in, "EventSelectors");
    if (selectors == null || JsonInput.array(in, "AdvancedEventSelectors") != null) {
      throw invalidSelectors(
          "Either EventSelectors or AdvancedEventSelectors must be specified, but not both."
              + " (The sandbox supports EventSelectors.)");
    }
    ArrayNode normalized = normalize(selectors);
    Trail updated =
        trails.update(
            name,
            call.region(),
            call.caller().accountId(),
            trail -> trail.withEventSelectors(normalized));
    ObjectNode body = Json.object();
    body.put("TrailARN", updated.arn());
    body.set("EventSelectors", normalized);
    return Outcome.json(body)
        .recording(RequestParameters.fromJson(body))
        .about(new ResourceRef(CloudTrailService.TRAIL, updated.arn()));
  }

  Outcome getEventSelectors(ApiCall call) {
    String name = JsonInput.string(call.json(), "TrailName");
    if (name == null) {
      throw CloudTrailErrors.missing("trailName");
    }
    Trail trail = trails.resolve(name, call.region(), call.caller().accountId());
    ObjectNode body = Json.object();
    body.put("TrailARN", trail.arn());
    body.set(
        "EventSelectors", trail.eventSelectors() != null ? trail.eventSelectors() : defaults());
    return Outcome.json(body);
  }

  /** A trail as CreateTrail and UpdateTrail answer with it. */
  static ObjectNode describe(Trail trail) {
    ObjectNode body = Json.object();
    body.put("Name", trail.name());
    body.put("S3BucketName", trail.bucket());
    if (trail.keyPrefix() != null) {
      body.put("S3KeyPrefix", trail.keyPrefix());
    }
    body.put("IncludeGlobalServiceEvents", trail.includeGlobalServiceEvents());
    body.put("IsMultiRegionTrail", trail.multiRegion());
    body.put("TrailARN", trail.arn());
    body.put("LogFileValidationEnabled", trail.logFileValidation());
    body.put("IsOrganizationTrail", false);
    return body;
  }

  // Every selector as CloudTrail stores it: each member present, defaults filled in.
  private static ArrayNode normalize(JsonNode selectors) {
    if (selectors.isEmpty() || selectors.size() > MAX_SELECTORS) {
      throw invalidSelectors("A trail can have 1 to " + MAX_SELECTORS + " event selectors.");
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode selector : selectors) {
      String readWrite = orElse(JsonInput.string(selector, "ReadWriteType"), "All");
      if (!READ_WRITE.contains(readWrite)) {
        throw invalidSelectors(
            "ReadWriteType must be ReadOnly, WriteOnly or All; got " + readWrite);
      }
      ObjectNode item = out.addObject();
      item.put("ReadWriteType", readWrite);
      item.put(
          "IncludeManagementEvents", JsonInput.bool(selector, "IncludeManagementEvents", true));
      item.set("DataResources", orEmpty(selector.get("DataResources")));
      item.set(
          "ExcludeManagementEventSources", orEmpty(selector.get("ExcludeManagementEventSources")));
    }
    return out;
  }

  private static ArrayNode defaults() {
    return normalize(Json.MAPPER.createArrayNode().add(Json.object()));
  }

  private static JsonNode orEmpty(JsonNode list) {
    return list != null && list.isArray() ? list : Json.MAPPER.createArrayNode();
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static AwsException invalidSelectors(String message) {
    return new AwsException(400, "InvalidEventSelectorsException", message);
  }
}
