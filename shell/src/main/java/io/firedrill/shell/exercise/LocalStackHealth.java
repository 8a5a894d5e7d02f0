package io.firedrill.shell.exercise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a LocalStack says about itself at {@code GET /_localstack/health}: its edition, version and
 * each service it knows with that service's state ({@code available}, {@code running}, {@code
 * disabled}, {@code error}, ...). A service it does not list is one it does not emulate.
 *
 * @param services service name (as in IAM action prefixes: iam, sts, cloudtrail, ...) to state
 */
record LocalStackHealth(String edition, String version, Map<String, String> services) {

  /** The states in which LocalStack answers a service's calls. */
  private static final Set<String> SERVING = Set.of("available", "running");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  LocalStackHealth {
    services = Map.copyOf(services);
  }

  /** Whether LocalStack answers this service's calls. */
  boolean serves(String service) {
    return SERVING.contains(services.getOrDefault(service, ""));
  }

  /** How the service stands, for a message: its state, or "not emulated". */
  String state(String service) {
    String state = services.get(service);
    return state == null ? "not emulated by this LocalStack" : state;
  }

  String describe() {
    return "LocalStack"
        + (edition == null ? "" : " " + edition)
        + (version == null ? "" : " " + version);
  }

  /**
   * Asks the endpoint whether it is a LocalStack; empty when it does not answer as one (a {@code
   * sandbox up}, real AWS, nothing listening).
   */
  static Optional<LocalStackHealth> probe(URI endpoint) {
    if (endpoint == null) {
      return Optional.empty();
    }
    String base = endpoint.toString().replaceAll("/+$", "");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/_localstack/health"))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? parse(response.body()) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Reads a health answer; empty when it has no services map, so is not LocalStack's. */
  static Optional<LocalStackHealth> parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    JsonNode services = root == null ? null : root.get("services");
    if (services == null || !services.isObject()) {
      return Optional.empty();
    }
    Map<String, String> states = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : services.properties()) {
      states.put(e.getKey(), e.getValue().asString());
    }
    return Optional.of(new LocalStackHealth(text(root, "edition"), text(root, "version"), states));
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? null : node.asString();
  }
}
