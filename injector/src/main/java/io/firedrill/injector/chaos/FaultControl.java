package io.firedrill.injector.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the embedded sandbox's fault control API. Requests are signed by the SDK's SigV4
 * signer for the service {@value #SIGNING_NAME} with firedrill's control key, the only key the
 * sandbox accepts there.
 *
 * <pre>{@code
 * FaultControl faults = new FaultControl(endpoint, "us-east-1", controlKey);
 * SetFault set = faults.set(Map.of("kind", "throttle", "service", "ec2", "rate", 0.3));
 * faults.clear(set.id());
 * }</pre>
 */
public final class FaultControl {

  /** The service name the control API's requests are signed for. */
  public static final String SIGNING_NAME = "firedrill";

  private static final String FAULTS = "/_firedrill/faults";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI endpoint;
  private final String region;
  private final AwsCredentials credentials;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** A client of the sandbox at {@code endpoint}, signing for {@code region} with {@code key}. */
  public FaultControl(URI endpoint, String region, AwsCredentials key) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.region = Objects.requireNonNull(region, "region");
    this.credentials = Objects.requireNonNull(key, "key");
  }

  /**
   * A fault as the sandbox set it.
   *
   * @param id the id to clear it by
   * @param setAt when it was set, by the sandbox's clock
   * @param until when it stops holding, or null when it holds until cleared
   * @param fault the fault, as the sandbox read it (durations in ISO-8601)
   */
  public record SetFault(String id, Instant setAt, Instant until, Map<String, Object> fault) {}

  /**
   * Sets {@code fault}, a control API fault object ({@code kind} and the members the kind takes:
   * {@code service}, {@code operation}, {@code rate}, {@code seed}, {@code perSecond}, {@code
   * delay}, {@code status}, {@code for}), as a scenario's {@code faults:} item holds it.
   */
  public SetFault set(Map<String, ?> fault) {
    return setFault(send("POST", FAULTS, JSON.writeValueAsString(fault)));
  }

  /** The faults in force now, oldest first. */
  public List<SetFault> list() {
    List<SetFault> faults = new ArrayList<>();
    send("GET", FAULTS, null).get("faults").forEach(node -> faults.add(setFault(node)));
    return faults;
  }

  /**
   * The delays in force now, faults and the sandbox's telemetry profile together.
   *
   * @param trail from a call to its event in LookupEvents
   * @param finding from activity to the GuardDuty finding it raises
   * @param iamConsistency from an IAM change that takes access away to its taking effect
   */
  public record Delays(Duration trail, Duration finding, Duration iamConsistency) {}

  /** The delays in force now. */
  public Delays delays() {
    JsonNode delays = send("GET", FAULTS, null).get("delays");
    return new Delays(
        Duration.parse(text(delays, "trail")),
        Duration.parse(text(delays, "finding")),
        Duration.parse(text(delays, "iamConsistency")));
  }

  /** Clears the fault {@code id}; a fault that ran out or never was is a 404 exception. */
  public void clear(String id) {
    send("DELETE", FAULTS + "/" + id, null);
  }

  /** Clears every fault; returns the ids cleared. */
  public List<String> clearAll() {
    List<String> ids = new ArrayList<>();
    send("DELETE", FAULTS, null).get("cleared").forEach(id -> ids.add(id.asString()));
    return ids;
  }

  /**
   * The sandbox's log of every fault change, oldest first, as JSON objects with {@code at}, {@code
   * action} ({@code set} or {@code cleared}), {@code id}, {@code fault}, {@code until}, {@code by}:
   * what the journal keeps at the end of an exercise.
   */
  public List<Map<String, Object>> log() {
    List<Map<String, Object>> entries = new ArrayList<>();
    send("GET", FAULTS + "/log", null).get("log").forEach(node -> entries.add(map(node)));
    return entries;
  }

  private JsonNode send(String method, String path, String body) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    URI uri = endpoint.resolve(path);
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                sign ->
                    sign.identity(credentials)
                        .request(
                            SdkHttpRequest.builder()
                                .method(SdkHttpMethod.fromValue(method))
                                .uri(uri)
                                .putHeader("Content-Type", "application/json")
                                .build())
                        .payload(ContentStreamProvider.fromByteArray(bytes))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region))
            .request();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
    // The JDK client sets Host itself, from the same URI the signature covers.
    signed
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("host")) {
                request.header(name, String.join(",", values));
              }
            });
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new FaultControlException("cannot reach the control API at " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FaultControlException("interrupted calling " + uri, e);
    }
    JsonNode answer = JSON.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new FaultControlException(
          response.statusCode(), text(answer, "__type"), text(answer, "message"));
    }
    return answer;
  }

  private static SetFault setFault(JsonNode node) {
    String until = text(node, "until");
    return new SetFault(
        text(node, "id"),
        Instant.parse(text(node, "setAt")),
        until == null ? null : Instant.parse(until),
        map(node.get("fault")));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonNode node) {
    return JSON.convertValue(node, Map.class);
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    return value == null || value.isNull() ? null : value.asString();
  }
}
