package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import io.firedrill.sandbox.wire.RequestParameters;
import java.time.Clock;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CloudTrail's awsJson1.1 API (2013-11-01): trails, their logging, and the event history. */
public final class CloudTrailService {

  static final String TRAIL = "AWS::CloudTrail::Trail";

  private final TrailStore trails = new TrailStore();
  private final EventHistory history;
  private final LookupEvents lookup;
  private final TrailSettings settings = new TrailSettings(trails);
  // Null until the sandbox starts delivery.
  private volatile TrailDelivery delivery;

  public CloudTrailService(EventHistory history) {
    this.history = history;
    this.lookup = new LookupEvents(history);
  }

  /** The trails and the event history, to persist across a restart. */
  public CloudTrailState snapshot() {
    return new CloudTrailState(trails.snapshot(), history.snapshot());
  }

  /** Replaces the trails and the event history with {@code state}. */
  public void restore(CloudTrailState state) {
    // A trail without selectors reads back a JSON null as a node; the trail means "default".
    trails.restore(
        state.trails().stream()
            .map(
                t ->
                    t.eventSelectors() != null && t.eventSelectors().isNull()
                        ? t.withEventSelectors(null)
                        : t)
            .toList());
    history.restore(state.events());
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "cloudtrail",
        "cloudtrail.amazonaws.com",
        Protocol.JSON,
        "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101",
        "2013-11-01",
        List.of(
            Operation.write("CreateTrail", this::createTrail),
            Operation.read("DescribeTrails", this::describeTrails),
            Operation.read("GetTrailStatus", this::getTrailStatus),
            Operation.write("StartLogging", call -> setLogging(call, true)),
            Operation.write("StopLogging", call -> setLogging(call, false)),
            Operation.write("DeleteTrail", this::deleteTrail),
            Operation.write("UpdateTrail", settings::updateTrail),
            Operation.write("PutEventSelectors", settings::putEventSelectors),
            Operation.read("GetEventSelectors", settings::getEventSelectors),
            Operation.read("ListTags", this::listTags),
            Operation.read("LookupEvents", lookup::handle)));
  }

  private Outcome createTrail(ApiCall call) {
    String name = TrailStore.validName(required(call, "Name"));
    String bucket = required(call, "S3BucketName");
    String account = call.caller().accountId();
    Trail trail =
        trails.create(
            Trail.created(
                name,
                TrailStore.arn(call.region(), account, name),
                call.region(),
                bucket,
                JsonInput.string(call.json(), "S3KeyPrefix"),
                JsonInput.bool(call.json(), "IncludeGlobalServiceEvents", true),
                JsonInput.bool(call.json(), "IsMultiRegionTrail", false),
                JsonInput.bool(call.json(), "EnableLogFileValidation", false),
                tags(call.json())),
            account);
    ObjectNode body = TrailSettings.describe(trail);
    return Outcome.json(body)
        .recording(RequestParameters.fromJson(body))
        .about(new ResourceRef(TRAIL, trail.arn()), new ResourceRef("AWS::S3::Bucket", bucket));
  }

  private Outcome describeTrails(ApiCall call) {
    // This one request shape spells its members in lower camel case on the wire.
    JsonNode names = JsonInput.array(call.json(), "trailNameList");
    List<Trail> found = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      found.addAll(trails.all());
    } else {
      for (JsonNode name : names) {
        try {
          found.add(trails.resolve(name.asString(), call.region(), call.caller().accountId()));
        } catch (AwsException notFound) {
          // DescribeTrails leaves out names it does not know instead of failing.
        }
      }
    }
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("trailList");
    for (Trail trail : found) {
      ObjectNode item = list.addObject();
      item.put("Name", trail.name());
      item.put("S3BucketName", trail.bucket());
      if (trail.keyPrefix() != null) {
        item.put("S3KeyPrefix", trail.keyPrefix());
      }
      item.put("IncludeGlobalServiceEvents", trail.includeGlobalServiceEvents());
      item.put("IsMultiRegionTrail", trail.multiRegion());
      item.put("HomeRegion", trail.homeRegion());
      item.put("TrailARN", trail.arn());
      item.put("LogFileValidationEnabled", trail.logFileValidation());
      item.put("HasCustomEventSelectors", trail.eventSelectors() != null);
      item.put("HasInsightSelectors", false);
      item.put("IsOrganizationTrail", false);
    }
    return Outcome.json(body);
  }

  /**
   * Starts delivering log files of every logging trail to {@code sink} every {@code interval};
   * close the answer to stop.
   */
  public AutoCloseable deliverTo(LogSink sink, Clock clock, Duration interval) {
    TrailDelivery started = new TrailDelivery(trails, history, sink, clock, interval);
    this.delivery = started;
    return started;
  }

  // LatestDeliveryTime once a file reached the bucket; LatestDeliveryError while it cannot.
  private Outcome getTrailStatus(ApiCall call) {
    Trail trail = trails.resolve(required(call, "Name"), call.region(), call.caller().accountId());
    ObjectNode body = Json.object();
    body.put("IsLogging", trail.logging());
    if (trail.startedLogging() != null) {
      body.put("StartLoggingTime", Json.epochSeconds(trail.startedLogging()));
    }
    if (trail.stoppedLogging() != null) {
      body.put("StopLoggingTime", Json.epochSeconds(trail.stoppedLogging()));
    }
    TrailDelivery.Status status = delivery == null ? null : delivery.status(trail.arn());
    if (status != null) {
      if (status.latestDelivery() != null) {
        body.put("LatestDeliveryTime", Json.epochSeconds(status.latestDelivery()));
        body.put("LatestDeliveryAttemptSucceeded", seconds(status.latestDelivery()));
      }
      body.put("LatestDeliveryAttemptTime", seconds(status.latestAttempt()));
      if (status.latestError() != null) {
        body.put("LatestDeliveryError", status.latestError());
      }
    }
    return Outcome.json(body);
  }

  // The model types the delivery attempt times as strings: ISO-8601 in whole seconds.
  private static String seconds(java.time.Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private Outcome setLogging(ApiCall call, boolean on) {
    String name = required(call, "Name");
    trails.update(
        name,
        call.region(),
        call.caller().accountId(),
        trail -> on ? trail.startLogging(call.time()) : trail.stopLogging(call.time()));
    return Outcome.json(Json.object()).about(new ResourceRef(TRAIL, name));
  }

  private Outcome deleteTrail(ApiCall call) {
    String name = required(call, "Name");
    trails.delete(name, call.region(), call.caller().accountId());
    return Outcome.json(Json.object()).about(new ResourceRef(TRAIL, name));
  }

  private Outcome listTags(ApiCall call) {
    JsonNode ids = JsonInput.array(call.json(), "ResourceIdList");
    if (ids == null) {
      throw CloudTrailErrors.missing("resourceIdList");
    }
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("ResourceTagList");
    for (JsonNode id : ids) {
      Trail trail =
          trails
              .byArn(id.asString())
              .orElseThrow(
                  () -> CloudTrailErrors.trailNotFound(id.asString(), call.caller().accountId()));
      ObjectNode item = list.addObject();
      item.put("ResourceId", trail.arn());
      ArrayNode tags = item.putArray("TagsList");
      trail.tags().forEach(t -> tags.addObject().put("Key", t.getKey()).put("Value", t.getValue()));
    }
    return Outcome.json(body);
  }

  private static String required(ApiCall call, String member) {
    String value = JsonInput.string(call.json(), member);
    if (value == null) {
      throw CloudTrailErrors.missing(Character.toLowerCase(member.charAt(0)) + member.substring(1));
    }
    return value;
  }

  private static List<Map.Entry<String, String>> tags(JsonNode input) {
    JsonNode list = JsonInput.array(input, "TagsList");
    List<Map.Entry<String, String>> tags = new ArrayList<>();
    if (list != null) {
      for (JsonNode tag : list) {
        String key = JsonInput.string(tag, "Key");
        if (key == null) {
          throw CloudTrailErrors.missing("tagsList.member.key");
        }
        String value = JsonInput.string(tag, "Value");
        tags.add(new AbstractMap.SimpleImmutableEntry<>(key, value == null ? "" : value));
      }
    }
    return tags;
  }
}
