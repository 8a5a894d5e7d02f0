package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import io.firedrill.sandbox.wire.RestRoute;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GuardDuty's restJson API (2017-11-28): detectors and their findings. The findings come from the
 * {@link FindingsEngine} this service subscribes to the event history.
 */
public final class GuardDutyService {

  private static final Duration NO_DELAY = Duration.ZERO;

  private final Detectors detectors = new Detectors();
  private final Clock clock;
  private final FindingQueries queries;
  private final FindingsEngine engine;

  /**
   * A service whose detectors watch {@code history}; findings become visible {@code delay} after
   * the call that raised them.
   */
  public GuardDutyService(EventHistory history, Clock clock, Duration delay) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Duration held = delay == null ? NO_DELAY : delay;
    if (held.isNegative()) {
      throw new IllegalArgumentException("a finding delay cannot be negative: " + held);
    }
    this.engine = new FindingsEngine(detectors, FindingRules.all(), held);
    history.subscribe(engine);
    this.queries = new FindingQueries(detectors, clock);
  }

  /**
   * Calls {@code watcher} with each finding raised, counted into or made as a sample: the time it
   * becomes visible and its JSON as GetFindings answers it. Called under the finding's lock; a
   * watcher hands the finding on and returns.
   */
  public void onFinding(BiConsumer<Instant, ObjectNode> watcher) {
    detectors.watch(Objects.requireNonNull(watcher, "watcher"));
  }

  /** The detectors and their findings, to persist across a restart. */
  public GuardDutyState snapshot() {
    return detectors.snapshot(engine.seen());
  }

  /** Replaces the detectors and their findings with {@code state}. */
  public void restore(GuardDutyState state) {
    detectors.restore(state);
    engine.restore(state.seen());
  }

  /** The service as the gateway routes to it, each operation naming its detector. */
  public ServiceDefinition definition() {
    Operation.ResourceNamer detector = GuardDutyService::detectorArn;
    return ServiceDefinition.of(
        "guardduty",
        "guardduty.amazonaws.com",
        Protocol.REST_JSON,
        "guardduty",
        "2017-11-28",
        List.of(
            Operation.write("CreateDetector", this::createDetector),
            Operation.read("GetDetector", this::getDetector).on(detector),
            Operation.read("ListDetectors", this::listDetectors),
            Operation.write("UpdateDetector", this::updateDetector).on(detector),
            Operation.write("DeleteDetector", this::deleteDetector).on(detector),
            Operation.read("ListFindings", queries::list).on(detector),
            Operation.read("GetFindings", queries::get).on(detector),
            Operation.write("ArchiveFindings", call -> queries.archive(call, true)).on(detector),
            Operation.write("UnarchiveFindings", call -> queries.archive(call, false)).on(detector),
            Operation.write("CreateSampleFindings", queries::createSamples).on(detector)));
  }

  /** How the operations bind to HTTP methods and paths, as GuardDuty's model says. */
  public static List<RestRoute> routes() {
    return List.of(
        new RestRoute("POST", "/detector", "CreateDetector"),
        new RestRoute("GET", "/detector", "ListDetectors"),
        new RestRoute("GET", "/detector/{DetectorId}", "GetDetector"),
        new RestRoute("POST", "/detector/{DetectorId}", "UpdateDetector"),
        new RestRoute("DELETE", "/detector/{DetectorId}", "DeleteDetector"),
        new RestRoute("POST", "/detector/{DetectorId}/findings", "ListFindings"),
        new RestRoute("POST", "/detector/{DetectorId}/findings/get", "GetFindings"),
        new RestRoute("POST", "/detector/{DetectorId}/findings/archive", "ArchiveFindings"),
        new RestRoute("POST", "/detector/{DetectorId}/findings/unarchive", "UnarchiveFindings"),
        new RestRoute("POST", "/detector/{DetectorId}/findings/create", "CreateSampleFindings"));
  }

  private static String detectorArn(ApiCall call) {
    String id = JsonInput.string(call.json(), "detectorId");
    return id == null ? "*" : Detector.arn(call.region(), call.caller().accountId(), id);
  }

  private Outcome createDetector(ApiCall call) {
    JsonNode enable = call.json().get("enable");
    if (enable == null || enable.isNull()) {
      throw GuardDutyErrors.missing("enable");
    }
    if (!enable.isBoolean()) {
      throw GuardDutyErrors.invalid("enable", "must be a boolean");
    }
    Detector detector =
        detectors.create(
            call.region(),
            call.caller().accountId(),
            enable.booleanValue(),
            frequency(call, "SIX_HOURS"),
            tags(call.json()),
            clock.instant());
    ObjectNode body = Json.object();
    body.put("detectorId", detector.id());
    return Outcome.json(body).recording(body.deepCopy());
  }

  private Outcome getDetector(ApiCall call) {
    Detector detector = detectors.get(detectorId(call), call.region());
    ObjectNode body = Json.object();
    body.put("createdAt", Finding.time(detector.createdAt()));
    body.put("findingPublishingFrequency", detector.publishingFrequency());
    body.put(
        "serviceRole",
        "arn:aws:iam::"
            + detector.accountId()
            + ":role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty");
    body.put("status", detector.enabled() ? "ENABLED" : "DISABLED");
    body.put("updatedAt", Finding.time(detector.updatedAt()));
    ObjectNode tags = body.putObject("tags");
    detector.tags().forEach(tags::put);
    return Outcome.json(body);
  }

  // One detector per region at most, so one page always holds them all.
  private Outcome listDetectors(ApiCall call) {
    FindingQueries.maxResults(call.json());
    ObjectNode body = Json.object();
    ArrayNode ids = body.putArray("detectorIds");
    detectors.ids(call.region()).forEach(ids::add);
    return Outcome.json(body);
  }

  private Outcome updateDetector(ApiCall call) {
    JsonNode enable = call.json().get("enable");
    if (enable != null && !enable.isNull() && !enable.isBoolean()) {
      throw GuardDutyErrors.invalid("enable", "must be a boolean");
    }
    detectors.update(
        detectorId(call),
        call.region(),
        enable == null || enable.isNull() ? null : enable.booleanValue(),
        frequency(call, null),
        clock.instant());
    return Outcome.json(Json.object());
  }

  private Outcome deleteDetector(ApiCall call) {
    detectors.delete(detectorId(call), call.region());
    return Outcome.json(Json.object());
  }

  static String detectorId(ApiCall call) {
    String id = JsonInput.string(call.json(), "detectorId");
    if (id == null || id.isEmpty()) {
      throw GuardDutyErrors.missing("detectorId");
    }
    return id;
  }

  private static String frequency(ApiCall call, String otherwise) {
    String value = JsonInput.string(call.json(), "findingPublishingFrequency");
    if (value == null) {
      return otherwise;
    }
    if (!List.of("FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS").contains(value)) {
      throw GuardDutyErrors.invalid("findingPublishingFrequency", "is not a valid frequency");
    }
    return value;
  }

  private static Map<String, String> tags(JsonNode input) {
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode given = input.get("tags");
    if (given != null && given.isObject()) {
      given.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    }
    return tags;
  }
}
