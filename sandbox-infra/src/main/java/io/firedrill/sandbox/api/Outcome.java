package io.firedrill.sandbox.api;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a successful operation answers, and what CloudTrail records about it.
 *
 * @param xml the inner XML of the {@code <ActionResult>} element (query), or null for none
 * @param json the response body (JSON), or null for an empty object
 * @param responseElements the record's {@code responseElements}, or null as AWS often records
 * @param resources the resources LookupEvents lists for the event
 */
public record Outcome(
    String xml, JsonNode json, JsonNode responseElements, List<ResourceRef> resources) {

  public Outcome {
    resources = List.copyOf(resources);
  }

  /** A query-protocol result; pass null for operations whose response has no result element. */
  public static Outcome xml(String resultXml) {
    return new Outcome(resultXml, null, null, List.of());
  }

  /** A JSON-protocol result. */
  public static Outcome json(JsonNode body) {
    return new Outcome(null, body, null, List.of());
  }

  /** This outcome, recording {@code elements} as the event's responseElements. */
  public Outcome recording(JsonNode elements) {
    return new Outcome(xml, json, elements, resources);
  }

  /** This outcome, referring to {@code refs}. */
  public Outcome about(ResourceRef... refs) {
    return new Outcome(xml, json, responseElements, List.of(refs));
  }
}
