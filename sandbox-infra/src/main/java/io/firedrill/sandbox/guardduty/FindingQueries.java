package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The finding operations: list with criteria, get, archive and unarchive, sample findings. */
final class FindingQueries {

  private static final int MAX_IDS = 50;

  private final Detectors detectors;
  private final Clock clock;

  FindingQueries(Detectors detectors, Clock clock) {
    this.detectors = detectors;
    this.clock = clock;
  }

  Outcome list(ApiCall call) {
    FindingStore store = store(call);
    int max = maxResults(call.json());
    int from = nextToken(call.json());
    List<ObjectNode> matching =
        store.visible(clock.instant()).stream()
            .filter(FindingCriteria.of(call.json().get("findingCriteria")))
            .sorted(FindingCriteria.order(call.json().get("sortCriteria")))
            .toList();
    ObjectNode body = Json.object();
    ArrayNode ids = body.putArray("findingIds");
    int to = Math.min(matching.size(), from + max);
    for (int i = from; i < to; i++) {
      ids.add(matching.get(i).get("id").asString());
    }
    if (to < matching.size()) {
      body.put("nextToken", Integer.toString(to));
    }
    return Outcome.json(body);
  }

  Outcome get(ApiCall call) {
    FindingStore store = store(call);
    List<String> ids = ids(call);
    Instant now = clock.instant();
    List<ObjectNode> found = new ArrayList<>();
    ids.forEach(id -> store.get(id, now).ifPresent(found::add));
    found.sort(FindingCriteria.order(call.json().get("sortCriteria")));
    ObjectNode body = Json.object();
    ArrayNode findings = body.putArray("findings");
    found.forEach(findings::add);
    return Outcome.json(body);
  }

  Outcome archive(ApiCall call, boolean archived) {
    FindingStore store = store(call);
    store.archive(ids(call), archived);
    return Outcome.json(Json.object());
  }

  /**
   * One sample finding of each type asked for, or of every type the sandbox knows when none is:
   * made-up actors named as AWS names them, and {@code "sample": true} in additionalInfo.
   */
  Outcome createSamples(ApiCall call) {
    Detector detector = detectors.get(GuardDutyService.detectorId(call), call.region());
    FindingStore store = detectors.findings(detector.id());
    List<String> types = new ArrayList<>();
    JsonNode given = call.json().get("findingTypes");
    if (given != null && given.isArray()) {
      given.forEach(t -> types.add(t.asString()));
    }
    if (types.isEmpty()) {
      types.addAll(FindingTypes.names());
    }
    Instant now = clock.instant();
    Finding.Actor sampleActor =
        new Finding.Actor(
            "GeneratedFindingAccessKeyId",
            "GeneratedFindingPrincipalId",
            "GeneratedFindingUserName",
            "IAMUser",
            "198.51.100.0");
    for (String name : types) {
      FindingType type = FindingTypes.of(name);
      if (type == null) {
        throw GuardDutyErrors.invalid("findingTypes", "contains an unsupported type " + name);
      }
      store.addNew(
          new Finding(
              Detectors.newId(),
              detector,
              new Signal(type, "GeneratedFindingAPIName"),
              sampleActor,
              "GeneratedFindingAPIServiceName",
              now,
              now,
              true));
    }
    return Outcome.json(Json.object());
  }

  /** The page size: 1-50, 50 when absent; the query string sends it as text. */
  static int maxResults(JsonNode input) {
    JsonNode node = input.get("maxResults");
    if (node == null || node.isNull()) {
      return 50;
    }
    int value;
    try {
      value = node.isNumber() ? node.intValue() : Integer.parseInt(node.asString());
    } catch (NumberFormatException e) {
      throw GuardDutyErrors.invalid("maxResults", "is not a number");
    }
    if (value < 1 || value > 50) {
      throw GuardDutyErrors.invalid("maxResults", "must be between 1 and 50");
    }
    return value;
  }

  static int nextToken(JsonNode input) {
    JsonNode node = input.get("nextToken");
    if (node == null || node.isNull() || node.asString().isEmpty()) {
      return 0;
    }
    try {
      int from = Integer.parseInt(node.asString());
      if (from < 0) {
        throw new NumberFormatException();
      }
      return from;
    } catch (NumberFormatException e) {
      throw GuardDutyErrors.invalid("nextToken", "is not valid");
    }
  }

  private static List<String> ids(ApiCall call) {
    JsonNode given = call.json().get("findingIds");
    if (given == null || !given.isArray()) {
      throw GuardDutyErrors.missing("findingIds");
    }
    if (given.size() > MAX_IDS) {
      throw GuardDutyErrors.invalid("findingIds", "has more than 50 ids");
    }
    List<String> ids = new ArrayList<>();
    given.forEach(id -> ids.add(id.asString()));
    return ids;
  }

  private FindingStore store(ApiCall call) {
    Detector detector = detectors.get(GuardDutyService.detectorId(call), call.region());
    return detectors.findings(detector.id());
  }
}
