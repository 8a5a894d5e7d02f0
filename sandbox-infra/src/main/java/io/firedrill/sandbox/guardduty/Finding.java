package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One finding about an access key, as GetFindings answers it. Mutable: a repeat of the activity
 * counts into it instead of raising another; guarded by the {@link FindingStore} that holds it.
 */
final class Finding {

  /** Who acted, as {@code resource.accessKeyDetails} and the remote IP describe it. */
  record Actor(
      String accessKeyId, String principalId, String userName, String userType, String ip) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String id;
  private final String detectorId;
  private final String accountId;
  private final String region;
  private final FindingRule rule;
  private final Actor actor;
  private final String api;
  private final String apiService;
  private final boolean sample;
  private final Instant createdAt;
  private final Instant visibleAt;
  private final Map<String, long[]> apiCalls = new LinkedHashMap<>();
  private Instant lastSeen;
  private Instant updatedAt;
  private int count;
  private boolean archived;

  Finding(
      String id,
      Detector detector,
      FindingRule rule,
      Actor actor,
      String api,
      String apiService,
      Instant at,
      Instant visibleAt,
      boolean sample) {
    this.id = id;
    this.detectorId = detector.id();
    this.accountId = detector.accountId();
    this.region = detector.region();
    this.rule = rule;
    this.actor = actor;
    this.api = api;
    this.apiService = apiService;
    this.sample = sample;
    this.createdAt = at;
    this.visibleAt = visibleAt;
    this.lastSeen = at;
    this.updatedAt = at;
    this.count = 1;
    apiCalls.put(api, new long[] {1, at.getEpochSecond(), at.getEpochSecond()});
  }

  String id() {
    return id;
  }

  String type() {
    return rule.type();
  }

  String accessKeyId() {
    return actor.accessKeyId();
  }

  boolean visibleAt(Instant now) {
    return !now.isBefore(visibleAt);
  }

  void archived(boolean value) {
    archived = value;
  }

  /** Counts one more occurrence of the activity, seen at {@code at} through {@code call}. */
  void repeat(String call, Instant at) {
    count++;
    lastSeen = at;
    updatedAt = at;
    long[] seen = apiCalls.computeIfAbsent(call, k -> new long[] {0, at.getEpochSecond(), 0});
    seen[0]++;
    seen[2] = at.getEpochSecond();
  }

  ObjectNode toJson() {
    ObjectNode finding = Json.object();
    finding.put("accountId", accountId);
    finding.put(
        "arn",
        "arn:aws:guardduty:"
            + region
            + ":"
            + accountId
            + ":detector/"
            + detectorId
            + "/finding/"
            + id);
    finding.put("createdAt", time(createdAt));
    finding.put("description", String.format(rule.description(), api, actor.userName()));
    finding.put("id", id);
    finding.put("partition", "aws");
    finding.put("region", region);
    ObjectNode resource = finding.putObject("resource");
    resource.put("resourceType", "AccessKey");
    resource
        .putObject("accessKeyDetails")
        .put("accessKeyId", actor.accessKeyId())
        .put("principalId", actor.principalId())
        .put("userName", actor.userName())
        .put("userType", actor.userType());
    finding.put("schemaVersion", "2.0");
    finding.set("service", service());
    finding.put("severity", rule.severity());
    finding.put("title", String.format(rule.title(), api));
    finding.put("type", rule.type());
    finding.put("updatedAt", time(updatedAt));
    return finding;
  }

  private ObjectNode service() {
    ObjectNode service = Json.object();
    ObjectNode action = service.putObject("action");
    action.put("actionType", "AWS_API_CALL");
    ObjectNode call = action.putObject("awsApiCallAction");
    call.put("api", api);
    call.put("callerType", "Remote IP");
    call.put("serviceName", apiService);
    // The sandbox has no geolocation database: the address is real, where it is is not known.
    ObjectNode remote = call.putObject("remoteIpDetails");
    remote.put("ipAddressV4", actor.ip());
    remote.putObject("city").put("cityName", "Unknown");
    remote.putObject("country").put("countryName", "Unknown");
    remote.putObject("geoLocation").put("lat", 0.0).put("lon", 0.0);
    remote
        .putObject("organization")
        .put("asn", "-1")
        .put("asnOrg", "Unknown")
        .put("isp", "Unknown")
        .put("org", "Unknown");
    call.putObject("affectedResources");
    service.put("archived", archived);
    service.put("count", count);
    service.put("detectorId", detectorId);
    service.put("eventFirstSeen", time(createdAt));
    service.put("eventLastSeen", time(lastSeen));
    service.put("resourceRole", "TARGET");
    service.put("serviceName", "guardduty");
    // The API's additionalInfo is a string of JSON and its type; EventBridge expands the string.
    ObjectNode info = Json.object();
    ArrayNode calls = info.putArray("apiCalls");
    apiCalls.forEach(
        (name, seen) ->
            calls
                .addObject()
                .put("name", name)
                .put("count", seen[0])
                .put("firstSeen", seen[1])
                .put("lastSeen", seen[2]));
    if (sample) {
      info.put("sample", true);
    }
    service.putObject("additionalInfo").put("value", Json.write(info)).put("type", "default");
    return service;
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }
}
