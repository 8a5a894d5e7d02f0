package io.firedrill.sandbox;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.ec2.Ec2RequestParameters;
import io.firedrill.sandbox.http.HttpCall;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import io.firedrill.sandbox.wire.JsonReplies;
import io.firedrill.sandbox.wire.QueryForm;
import io.firedrill.sandbox.wire.RequestParameters;
import io.firedrill.sandbox.wire.RestRoute;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An authenticated request read in its service's protocol: which operation, with what input, and
 * the input as CloudTrail records it.
 */
record ParsedRequest(
    Operation operation, Map<String, String> params, JsonNode json, JsonNode requestParameters) {

  static ParsedRequest read(HttpCall call, ServiceDefinition service) {
    return read(call, service, List.of());
  }

  /** Reads a request; {@code routes} bind a restJson service's operations to HTTP paths. */
  static ParsedRequest read(HttpCall call, ServiceDefinition service, List<RestRoute> routes) {
    return switch (service.protocol()) {
      case QUERY -> query(call, service);
      case JSON -> json(call, service);
      case REST_JSON -> restJson(call, service, routes);
      case EC2 -> ec2(call, service);
    };
  }

  // EC2 reads its input as the query protocol does, and records it in a shape of its own.
  private static ParsedRequest ec2(HttpCall call, ServiceDefinition service) {
    ParsedRequest query;
    try {
      query = query(call, service);
    } catch (AwsException e) {
      if (!e.code().equals("InvalidAction")) {
        throw e;
      }
      Map<String, String> form = new LinkedHashMap<>(QueryForm.parse(call.rawQuery()));
      form.putAll(QueryForm.parse(new String(call.body(), StandardCharsets.UTF_8)));
      String action = form.get("Action");
      throw new AwsException(
          400, "InvalidAction", "The action " + action + " is not valid for this web service.");
    }
    return new ParsedRequest(
        query.operation(),
        query.params(),
        null,
        Ec2RequestParameters.of(query.operation().name(), query.params()));
  }

  // The input is the body's members, the query string's and the path's together, as one object:
  // how the model binds them does not matter to an operation, and CloudTrail records them alike.
  private static ParsedRequest restJson(
      HttpCall call, ServiceDefinition service, List<RestRoute> routes) {
    String path = call.rawPath();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    Operation operation = null;
    Map<String, String> pathParams = null;
    for (RestRoute route : routes) {
      pathParams = route.match(call.method(), path);
      if (pathParams != null) {
        operation = service.operations().get(route.operation());
        break;
      }
    }
    if (operation == null) {
      throw new AwsException(
          404,
          "UnknownOperationException",
          "No operation matches " + call.method() + " " + path + ".");
    }
    ObjectNode input;
    try {
      JsonNode body = call.body().length == 0 ? Json.object() : Json.MAPPER.readTree(call.body());
      if (body == null || !body.isObject()) {
        throw JsonInput.serialization("The request body must be a JSON object.");
      }
      input = (ObjectNode) body;
    } catch (JacksonException e) {
      throw JsonInput.serialization("The request body is not valid JSON.");
    }
    try {
      QueryForm.parse(call.rawQuery()).forEach(input::put);
    } catch (IllegalArgumentException e) {
      throw JsonInput.serialization("The query string is not valid form encoding.");
    }
    pathParams.forEach(input::put);
    return new ParsedRequest(operation, Map.of(), input, RequestParameters.fromJson(input));
  }

  private static ParsedRequest query(HttpCall call, ServiceDefinition service) {
    Map<String, String> params = new LinkedHashMap<>();
    try {
      params.putAll(QueryForm.parse(call.rawQuery()));
      if (call.method().equals("POST")) {
        String type = contentType(call);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
          throw new AwsException(
              400,
              "InvalidParameterValue",
              "Unsupported Content-Type '"
                  + type
                  + "': query-protocol requests are application/x-www-form-urlencoded.");
        }
        params.putAll(QueryForm.parse(new String(call.body(), StandardCharsets.UTF_8)));
      }
    } catch (IllegalArgumentException e) {
      throw new AwsException(
          400, "MalformedQueryString", "The request parameters are not valid form encoding.");
    }
    String action = params.get("Action");
    if (action == null) {
      throw new AwsException(400, "MissingAction", "Missing Action");
    }
    Operation operation = service.operations().get(action);
    if (operation == null) {
      throw new AwsException(
          400,
          "InvalidAction",
          "Could not find operation " + action + " for version " + service.apiVersion());
    }
    return new ParsedRequest(operation, params, null, RequestParameters.fromQuery(params));
  }

  private static ParsedRequest json(HttpCall call, ServiceDefinition service) {
    String type = contentType(call);
    if (!type.startsWith(JsonReplies.CONTENT_TYPE)
        && !type.startsWith("application/x-amz-json-1.0")) {
      throw JsonInput.serialization(
          "Unsupported Content-Type '"
              + type
              + "': requests are "
              + JsonReplies.CONTENT_TYPE
              + ".");
    }
    String target = call.header("x-amz-target");
    String prefix = service.namespace() + ".";
    Operation operation =
        target != null && target.startsWith(prefix)
            ? service.operations().get(target.substring(prefix.length()))
            : null;
    if (operation == null) {
      throw new AwsException(
          400, "UnknownOperationException", "Unknown operation: X-Amz-Target " + target + ".");
    }
    JsonNode input;
    try {
      input = call.body().length == 0 ? Json.object() : Json.MAPPER.readTree(call.body());
    } catch (JacksonException e) {
      throw JsonInput.serialization("The request body is not valid JSON.");
    }
    if (input == null || !input.isObject()) {
      throw JsonInput.serialization("The request body must be a JSON object.");
    }
    return new ParsedRequest(operation, Map.of(), input, RequestParameters.fromJson(input));
  }

  private static String contentType(HttpCall call) {
    String type = call.header("content-type");
    return type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
  }
}
