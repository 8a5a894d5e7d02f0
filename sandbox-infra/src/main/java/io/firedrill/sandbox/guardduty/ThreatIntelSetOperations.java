package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, get, list, update and delete threat intel sets. An active set's list is read through the
 * {@link ThreatListSource} at once: the sandbox has no ACTIVATING phase.
 */
final class ThreatIntelSetOperations {

  private final Detectors detectors;
  private final Supplier<ThreatListSource> source;

  ThreatIntelSetOperations(Detectors detectors, Supplier<ThreatListSource> source) {
    this.detectors = detectors;
    this.source = source;
  }

  Outcome create(ApiCall call) {
    ThreatIntelSets sets = sets(call);
    JsonNode input = call.json();
    String name = required(input, "name");
    String format = required(input, "format");
    String location = required(input, "location");
    JsonNode activate = input.get("activate");
    if (activate == null || !activate.isBoolean()) {
      throw GuardDutyErrors.missing("activate");
    }
    checkFormat(format);
    if (sets.size() >= ThreatIntelSets.MAX_SETS) {
      throw GuardDutyErrors.badRequest(
          "The request is rejected because the number of threat intel sets would exceed the"
              + " limit of "
              + ThreatIntelSets.MAX_SETS
              + ".");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode given = input.get("tags");
    if (given != null && given.isObject()) {
      given.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    }
    ThreatIntelSet set =
        loaded(Detectors.newId(), name, format, location, activate.booleanValue(), tags);
    sets.put(set);
    ObjectNode body = Json.object().put("threatIntelSetId", set.id());
    return Outcome.json(body).recording(body.deepCopy());
  }

  Outcome get(ApiCall call) {
    ThreatIntelSet set = find(call);
    ObjectNode body = Json.object();
    body.put("format", set.format());
    body.put("location", set.location());
    body.put("name", set.name());
    body.put("status", set.status());
    ObjectNode tags = body.putObject("tags");
    set.tags().forEach(tags::put);
    return Outcome.json(body);
  }

  Outcome list(ApiCall call) {
    FindingQueries.maxResults(call.json());
    ObjectNode body = Json.object();
    ArrayNode ids = body.putArray("threatIntelSetIds");
    // Six sets at most: one page holds them all.
    sets(call).ids().forEach(ids::add);
    return Outcome.json(body);
  }

  Outcome update(ApiCall call) {
    ThreatIntelSet set = find(call);
    JsonNode input = call.json();
    String name = JsonInput.string(input, "name");
    String location = JsonInput.string(input, "location");
    JsonNode activate = input.get("activate");
    boolean active =
        activate != null && activate.isBoolean()
            ? activate.booleanValue()
            : !"INACTIVE".equals(set.status());
    sets(call)
        .put(
            loaded(
                set.id(),
                name == null ? set.name() : name,
                set.format(),
                location == null ? set.location() : location,
                active,
                set.tags()));
    return Outcome.json(Json.object());
  }

  Outcome delete(ApiCall call) {
    ThreatIntelSet set = find(call);
    sets(call).remove(set.id());
    return Outcome.json(Json.object());
  }

  // Reads the list now when the set is to be active; a list that cannot be read leaves it ERROR.
  private ThreatIntelSet loaded(
      String id,
      String name,
      String format,
      String location,
      boolean activate,
      Map<String, String> tags) {
    if (!activate) {
      return new ThreatIntelSet(id, name, format, location, "INACTIVE", tags, List.of());
    }
    List<String> entries = new ArrayList<>();
    try {
      for (String line : source.get().read(location).split("\\R")) {
        int comment = line.indexOf('#');
        String entry = (comment < 0 ? line : line.substring(0, comment)).trim();
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
      IpBlocks.of(entries);
    } catch (IOException | IllegalArgumentException | SecurityException unreadable) {
      return new ThreatIntelSet(id, name, format, location, "ERROR", tags, List.of());
    }
    return new ThreatIntelSet(id, name, format, location, "ACTIVE", tags, entries);
  }

  private static void checkFormat(String format) {
    if (!List.of("TXT", "STIX", "OTX_CSV", "ALIEN_VAULT", "PROOF_POINT", "FIRE_EYE")
        .contains(format)) {
      throw GuardDutyErrors.invalid("format", "is not a valid format");
    }
    if (!format.equals("TXT")) {
      throw GuardDutyErrors.invalid(
          "format", "is " + format + "; the sandbox reads TXT lists only");
    }
  }

  private static String required(JsonNode input, String member) {
    String value = JsonInput.string(input, member);
    if (value == null || value.isEmpty()) {
      throw GuardDutyErrors.missing(member);
    }
    return value;
  }

  private ThreatIntelSet find(ApiCall call) {
    String id = required(call.json(), "threatIntelSetId");
    return sets(call)
        .get(id)
        .orElseThrow(
            () ->
                GuardDutyErrors.badRequest(
                    "The request is rejected because the input threatIntelSetId is not owned"
                        + " by the current account."));
  }

  private ThreatIntelSets sets(ApiCall call) {
    Detector detector = detectors.get(GuardDutyService.detectorId(call), call.region());
    return detectors.threatIntelSets(detector.id());
  }
}
