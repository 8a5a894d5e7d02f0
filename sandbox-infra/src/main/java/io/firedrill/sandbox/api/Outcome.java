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
 * @param eventResources the record's own {@code resources} field; empty for most events, which have
 *     none
 * @param requestParameters the record's {@code requestParameters} when they differ from the
 *     request's input (AWS records some defaults the client did not send), or null
 */
public record Outcome(
    String xml,
    JsonNode json,
    JsonNode responseElements,
    List<ResourceRef> resources,
    List<EventResource> eventResources,
    JsonNode requestParameters) {

  public Outcome {
    resources = List.copyOf(resources);
    eventResources = List.copyOf(eventResources);
  }

  public Outcome(
      String xml, JsonNode json, JsonNode responseElements, List<ResourceRef> resources) {
    this(xml, json, responseElements, resources, List.of(), null);
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
    return new Outcome(xml, json, elements, resources, eventResources, requestParameters);
  }

  /** This outcome, referring to {@code refs}. */
  public Outcome about(ResourceRef... refs) {
    return new Outcome(
        xml, json, responseElements, List.of(refs), eventResources, requestParameters);
  }

  /** This outcome, whose record lists {@code listed} in its {@code resources} field. */
  public Outcome listing(EventResource... listed) {
    return new Outcome(xml, json, responseElements, resources, List.of(listed), requestParameters);
  }

  /** This outcome, recording {@code parameters} as the event's requestParameters. */
  public Outcome recordingRequest(JsonNode parameters) {
    return new Outcome(xml, json, responseElements, resources, eventResources, parameters);
  }
}
