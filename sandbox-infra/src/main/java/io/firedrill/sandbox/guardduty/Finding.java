package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.wire.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One finding about an access key, as GetFindings answers it. Mutable: a repeat of the activity
 * counts into it instead of raising another; guarded by the {@link FindingStore} that holds it.
 */
final class Finding {

  /**
   * Who acted, as {@code resource.accessKeyDetails}, the remote IP and the user agent describe it.
   *
   * @param errorCode the error the call that raised the finding met, or null when it succeeded
   */
  record Actor(
      String accessKeyId,
      String principalId,
      String userName,
      String userType,
      String ip,
      String userAgent,
      String errorCode) {

    Actor(String accessKeyId, String principalId, String userName, String userType, String ip) {
      this(accessKeyId, principalId, userName, userType, ip, null, null);
    }
  }

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String id;
  private final String detectorId;
  private final String accountId;
  private final String region;
  private final Signal signal;
  private final Actor actor;
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
      Signal signal,
      Actor actor,
      String apiService,
      Instant at,
      Instant visibleAt,
      boolean sample) {
    this.id = id;
    this.detectorId = detector.id();
    this.accountId = detector.accountId();
    this.region = detector.region();
    this.signal = signal;
    this.actor = actor;
    this.apiService = apiService;
    this.sample = sample;
    this.createdAt = at;
    this.visibleAt = visibleAt;
    this.lastSeen = at;
    this.updatedAt = at;
    this.count = 1;
    apiCalls.put(signal.api(), new long[] {1, at.getEpochSecond(), at.getEpochSecond()});
  }

  GuardDutyState.SavedFinding saved() {
    Map<String, List<Long>> calls = new LinkedHashMap<>();
    apiCalls.forEach((name, seen) -> calls.put(name, List.of(seen[0], seen[1], seen[2])));
    return new GuardDutyState.SavedFinding(
        id,
        signal.type().type(),
        actor,
        signal.api(),
        apiService,
        sample,
        createdAt,
        visibleAt,
        lastSeen,
        updatedAt,
        count,
        archived,
        calls,
        signal.threatList(),
        signal.instance());
  }

  /**
   * The finding {@link #saved()} describes, raised by {@code detector}; null if its type is gone.
   */
  static Finding restored(GuardDutyState.SavedFinding saved, Detector detector) {
    FindingType type = FindingTypes.of(saved.type());
    if (type == null) {
      return null;
    }
    Finding finding =
        new Finding(
            saved.id(),
            detector,
            new Signal(type, saved.api(), saved.threatList(), saved.instance()),
            saved.actor(),
            saved.apiService(),
            saved.createdAt(),
            saved.visibleAt(),
            saved.sample());
    finding.apiCalls.clear();
    saved
        .apiCalls()
        .forEach(
            (name, seen) ->
                finding.apiCalls.put(name, new long[] {seen.get(0), seen.get(1), seen.get(2)}));
    finding.lastSeen = saved.lastSeen();
    finding.updatedAt = saved.updatedAt();
    finding.count = saved.count();
    finding.archived = saved.archived();
    return finding;
  }

  String id() {
    return id;
  }

  String type() {
    return signal.type().type();
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
    FindingType type = signal.type();
    String who = signal.instance() != null ? signal.instance().instanceId() : actor.userName();
    finding.put("description", type.description(signal.api(), who, actor.ip()));
    finding.put("id", id);
    finding.put("partition", "aws");
    finding.put("region", region);
    finding.set("resource", FindingResource.of(actor, signal.instance()));
    finding.put("schemaVersion", "2.0");
    finding.set("service", service());
    finding.put("severity", type.severity());
    finding.put("title", type.title(signal.api(), who, actor.ip()));
    finding.put("type", type.type());
    finding.put("updatedAt", time(updatedAt));
    return finding;
  }

  private ObjectNode service() {
    ObjectNode service = Json.object();
    ObjectNode action = service.putObject("action");
    action.put("actionType", "AWS_API_CALL");
    ObjectNode call = action.putObject("awsApiCallAction");
    call.put("api", signal.api());
    call.put("callerType", "Remote IP");
    if (actor.errorCode() != null) {
      call.put("errorCode", actor.errorCode());
    }
    call.put("serviceName", apiService);
    if (actor.userAgent() != null) {
      call.put("userAgent", actor.userAgent());
    }
    call.set("remoteIpDetails", FindingResource.remoteIp(actor.ip()));
    call.putObject("affectedResources");
    service.put("archived", archived);
    service.put("count", count);
    service.put("detectorId", detectorId);
    service.put("eventFirstSeen", time(createdAt));
    service.put("eventLastSeen", time(lastSeen));
    if (signal.threatList() != null) {
      ObjectNode detail =
          service
              .putObject("evidence")
              .putArray("threatIntelligenceDetails")
              .addObject()
              .put("threatListName", signal.threatList());
      detail.putArray("threatNames");
    }
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
