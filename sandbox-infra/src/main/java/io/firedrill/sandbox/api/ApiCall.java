package io.firedrill.sandbox.api;

import io.firedrill.sandbox.auth.Caller;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One authenticated, authorized call, as an operation sees it.
 *
 * @param caller who signed the request
 * @param action the operation name
 * @param region the region the request was signed for
 * @param requestId the request id the response carries
 * @param time when the sandbox received the call
 * @param params the query parameters (query protocol; empty for JSON)
 * @param json the request body (JSON protocol; an empty object for query)
 */
public record ApiCall(
    Caller caller,
    String action,
    String region,
    String requestId,
    Instant time,
    Map<String, String> params,
    JsonNode json) {

  public ApiCall {
    Objects.requireNonNull(caller, "caller");
    params = Map.copyOf(params);
    json = json == null ? JsonNodeFactory.instance.objectNode() : json;
  }

  /** A query parameter, or null when absent. */
  public String param(String name) {
    return params.get(name);
  }
}
