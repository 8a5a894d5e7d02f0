package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CreateFilter, GetFilter, ListFilters, UpdateFilter and DeleteFilter. */
final class FilterOperations {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");

  private final Detectors detectors;

  FilterOperations(Detectors detectors) {
    this.detectors = detectors;
  }

  Outcome create(ApiCall call) {
    Filters filters = filters(call);
    JsonNode input = call.json();
    String name = JsonInput.string(input, "name");
    if (name == null) {
      throw GuardDutyErrors.missing("name");
    }
    if (!NAME.matcher(name).matches()) {
      throw GuardDutyErrors.invalid(
          "name", "must be 3-64 letters, digits, hyphens, underscores or periods");
    }
    if (filters.get(name).isPresent()) {
      throw GuardDutyErrors.badRequest(
          "The request is rejected because a filter named " + name + " already exists.");
    }
    if (filters.size() >= Filters.MAX_FILTERS) {
      throw GuardDutyErrors.badRequest(
          "The request is rejected because the number of filters would exceed the limit of "
              + Filters.MAX_FILTERS
              + ".");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    JsonNode given = input.get("tags");
    if (given != null && given.isObject()) {
      given.properties().forEach(e -> tags.put(e.getKey(), e.getValue().asString()));
    }
    FindingFilter filter =
        new FindingFilter(
            name,
            JsonInput.string(input, "description"),
            action(input, "NOOP"),
            rank(input, filters.size() + 1),
            criteria(input, null),
            tags);
    filters.put(filter);
    ObjectNode body = Json.object().put("name", name);
    return Outcome.json(body).recording(body.deepCopy());
  }

  Outcome get(ApiCall call) {
    FindingFilter filter = find(call);
    ObjectNode body = Json.object();
    body.put("action", filter.action());
    if (filter.description() != null) {
      body.put("description", filter.description());
    }
    body.set("findingCriteria", filter.findingCriteria().deepCopy());
    body.put("name", filter.name());
    body.put("rank", filter.rank());
    ObjectNode tags = body.putObject("tags");
    filter.tags().forEach(tags::put);
    return Outcome.json(body);
  }

  // At most a hundred filters, well within one page of the 50 a caller may ask for twice over:
  // pages are offsets into the ranked names.
  Outcome list(ApiCall call) {
    int max = FindingQueries.maxResults(call.json());
    int from = FindingQueries.nextToken(call.json());
    List<String> names = filters(call).names();
    ObjectNode body = Json.object();
    ArrayNode page = body.putArray("filterNames");
    int to = Math.min(names.size(), from + max);
    for (int i = from; i < to; i++) {
      page.add(names.get(i));
    }
    if (to < names.size()) {
      body.put("nextToken", Integer.toString(to));
    }
    return Outcome.json(body);
  }

  Outcome update(ApiCall call) {
    FindingFilter filter = find(call);
    JsonNode input = call.json();
    String description = JsonInput.string(input, "description");
    FindingFilter updated =
        new FindingFilter(
            filter.name(),
            description == null ? filter.description() : description,
            action(input, filter.action()),
            rank(input, filter.rank()),
            criteria(input, filter.findingCriteria()),
            filter.tags());
    filters(call).put(updated);
    ObjectNode body = Json.object().put("name", filter.name());
    return Outcome.json(body);
  }

  Outcome delete(ApiCall call) {
    FindingFilter filter = find(call);
    filters(call).remove(filter.name());
    return Outcome.json(Json.object());
  }

  private static String action(JsonNode input, String otherwise) {
    String action = JsonInput.string(input, "action");
    if (action == null) {
      return otherwise;
    }
    if (!action.equals("NOOP") && !action.equals("ARCHIVE")) {
      throw GuardDutyErrors.invalid("action", "must be NOOP or ARCHIVE");
    }
    return action;
  }

  private static int rank(JsonNode input, int otherwise) {
    Integer rank = JsonInput.integer(input, "rank");
    if (rank == null) {
      return Math.min(otherwise, 100);
    }
    if (rank < 1 || rank > 100) {
      throw GuardDutyErrors.invalid("rank", "must be between 1 and 100");
    }
    return rank;
  }

  // Checked now, so that a filter that cannot be applied is refused rather than stored.
  private static JsonNode criteria(JsonNode input, JsonNode otherwise) {
    JsonNode criteria = input.get("findingCriteria");
    if (criteria == null || criteria.isNull()) {
      if (otherwise == null) {
        throw GuardDutyErrors.missing("findingCriteria");
      }
      return otherwise;
    }
    if (!criteria.isObject()) {
      throw GuardDutyErrors.invalid("findingCriteria", "must be an object");
    }
    FindingCriteria.of(criteria);
    return criteria.deepCopy();
  }

  private FindingFilter find(ApiCall call) {
    String name = JsonInput.string(call.json(), "filterName");
    if (name == null || name.isEmpty()) {
      throw GuardDutyErrors.missing("filterName");
    }
    return filters(call)
        .get(name)
        .orElseThrow(
            () ->
                GuardDutyErrors.badRequest(
                    "The request is rejected since no such resource found."));
  }

  private Filters filters(ApiCall call) {
    Detector detector = detectors.get(GuardDutyService.detectorId(call), call.region());
    return detectors.filters(detector.id());
  }
}
