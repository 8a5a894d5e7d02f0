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
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GuardDuty's restJson API (2017-11-28): detectors, their findings, filters, threat intel sets and
 * tags. The findings come from the {@link FindingsEngine} this service subscribes to the event
 * history; what it knows besides the calls (Tor exit nodes, threat list locations, AWS's own
 * addresses, instance credentials, the anomaly baseline) is wired in through the methods below.
 */
public final class GuardDutyService {

  private static final Duration NO_DELAY = Duration.ZERO;

  private final Detectors detectors = new Detectors();
  private final Clock clock;
  private final FindingQueries queries;
  private final AnomalyBaseline baseline = new AnomalyBaseline();
  private final CallChecks checks = new CallChecks(TorExitNodes.defaults());
  private volatile ThreatListSource threatLists = ThreatListSource.none();
  private final FilterOperations filters = new FilterOperations(detectors);
  private final ThreatIntelSetOperations threatIntelSets =
      new ThreatIntelSetOperations(detectors, () -> threatLists);
  private final TagOperations tagging = new TagOperations(detectors);

  /**
   * A service whose detectors watch {@code history}; findings become visible {@code delay} after
   * the call that raised them.
   */
  public GuardDutyService(EventHistory history, Clock clock, Duration delay) {
    this(history, clock, fixed(delay));
  }

  /**
   * A service whose findings become visible the delay {@code delay} gives when a finding is raised
   * after the call that raised it, so that the delay can change while the sandbox runs.
   */
  public GuardDutyService(EventHistory history, Clock clock, Supplier<Duration> delay) {
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(delay, "delay");
    history.subscribe(new FindingsEngine(detectors, baseline, checks, delay));
    this.queries = new FindingQueries(detectors, clock);
  }

  private static Supplier<Duration> fixed(Duration delay) {
    Duration held = delay == null ? NO_DELAY : delay;
    if (held.isNegative()) {
      throw new IllegalArgumentException("a finding delay cannot be negative: " + held);
    }
    return () -> held;
  }

  /**
   * Calls {@code watcher} with each finding raised, counted into or made as a sample: the time it
   * becomes visible and its JSON as GetFindings answers it. Called under the finding's lock; a
   * watcher hands the finding on and returns.
   */
  public void onFinding(BiConsumer<Instant, ObjectNode> watcher) {
    detectors.watch(Objects.requireNonNull(watcher, "watcher"));
  }

  /** The detectors and their findings, filters and sets, the baseline, to persist. */
  public GuardDutyState snapshot() {
    GuardDutyState.Builder state = new GuardDutyState.Builder();
    detectors.saveInto(state);
    state.baseline = baseline.snapshot();
    state.instanceCredentials = checks.instanceKeys();
    return state.build();
  }

  /**
   * Replaces the detectors, their findings, filters and sets, and the baseline with {@code state}.
   */
  public void restore(GuardDutyState state) {
    detectors.restore(state);
    baseline.replace(state.baseline());
    checks.restoreInstanceKeys(state.instanceCredentials());
  }

  /**
   * Replaces the anomaly baseline: what each principal normally does. Anomalous-behaviour findings
   * are raised only for calls outside it. A detector tagged {@value Detector#BASELINE_TAG} =
   * {@value Detector#LEARNING} adds to it; see the package documentation.
   */
  public void anomalyBaseline(ApiBaseline replaced) {
    baseline.replace(Objects.requireNonNull(replaced, "baseline"));
  }

  /** The anomaly baseline as it stands: set, learnt, or both. */
  public ApiBaseline anomalyBaseline() {
    return baseline.snapshot();
  }

  /**
   * Replaces the Tor exit nodes the sandbox knows (by default {@link TorExitNodes#defaults()}).
   *
   * @param addresses addresses and CIDR blocks
   * @throws IllegalArgumentException naming an entry that is neither
   */
  public void torExitNodes(List<String> addresses) {
    checks.torExitNodes(IpBlocks.of(addresses));
  }

  /** Where threat intel sets' lists are read from; by default nowhere (every set is ERROR). */
  public void threatListSource(ThreatListSource source) {
    this.threatLists = Objects.requireNonNull(source, "source");
  }

  /**
   * Which source addresses are AWS's own, as the sandbox sees it (its EC2 instances' addresses):
   * instance credentials used from any other raise InstanceCredentialExfiltration.OutsideAWS.
   */
  public void awsAddresses(Predicate<String> test) {
    checks.awsAddresses(Objects.requireNonNull(test, "test"));
  }

  /**
   * Tells GuardDuty that {@code accessKeyId} is the role session EC2 delivered to {@code instance}.
   */
  public void instanceCredentialsIssued(String accessKeyId, InstanceRef instance) {
    checks.instanceKey(Objects.requireNonNull(accessKeyId, "accessKeyId"), instance);
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
            Operation.write("CreateSampleFindings", queries::createSamples).on(detector),
            Operation.write("CreateFilter", filters::create).on(detector),
            Operation.read("GetFilter", filters::get).on(detector),
            Operation.read("ListFilters", filters::list).on(detector),
            Operation.write("UpdateFilter", filters::update).on(detector),
            Operation.write("DeleteFilter", filters::delete).on(detector),
            Operation.write("CreateThreatIntelSet", threatIntelSets::create).on(detector),
            Operation.read("GetThreatIntelSet", threatIntelSets::get).on(detector),
            Operation.read("ListThreatIntelSets", threatIntelSets::list).on(detector),
            Operation.write("UpdateThreatIntelSet", threatIntelSets::update).on(detector),
            Operation.write("DeleteThreatIntelSet", threatIntelSets::delete).on(detector),
            Operation.write("TagResource", tagging::tag).on(GuardDutyService::taggedArn),
            Operation.write("UntagResource", tagging::untag).on(GuardDutyService::taggedArn),
            Operation.read("ListTagsForResource", tagging::list).on(GuardDutyService::taggedArn)));
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
        new RestRoute("POST", "/detector/{DetectorId}/findings/create", "CreateSampleFindings"),
        new RestRoute("POST", "/detector/{DetectorId}/filter", "CreateFilter"),
        new RestRoute("GET", "/detector/{DetectorId}/filter", "ListFilters"),
        new RestRoute("GET", "/detector/{DetectorId}/filter/{FilterName}", "GetFilter"),
        new RestRoute("POST", "/detector/{DetectorId}/filter/{FilterName}", "UpdateFilter"),
        new RestRoute("DELETE", "/detector/{DetectorId}/filter/{FilterName}", "DeleteFilter"),
        new RestRoute("POST", "/detector/{DetectorId}/threatintelset", "CreateThreatIntelSet"),
        new RestRoute("GET", "/detector/{DetectorId}/threatintelset", "ListThreatIntelSets"),
        new RestRoute(
            "GET", "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}", "GetThreatIntelSet"),
        new RestRoute(
            "POST",
            "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}",
            "UpdateThreatIntelSet"),
        new RestRoute(
            "DELETE",
            "/detector/{DetectorId}/threatintelset/{ThreatIntelSetId}",
            "DeleteThreatIntelSet"),
        new RestRoute("POST", "/tags/{ResourceArn}", "TagResource"),
        new RestRoute("DELETE", "/tags/{ResourceArn}", "UntagResource"),
        new RestRoute("GET", "/tags/{ResourceArn}", "ListTagsForResource"));
  }

  private static String detectorArn(ApiCall call) {
    String id = JsonInput.string(call.json(), "detectorId");
    return id == null ? "*" : Detector.arn(call.region(), call.caller().accountId(), id);
  }

  private static String taggedArn(ApiCall call) {
    String arn = JsonInput.string(call.json(), "resourceArn");
    return arn == null || arn.isEmpty() ? "*" : arn;
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
