package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import tools.jackson.databind.JsonNode;

/**
 * Calls to the control API, signed by the SDK's SigV4 signer as any firedrill process would sign
 * them, or not at all.
 */
final class Control {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Control() {}

  /** The answer: status and parsed body. */
  record Answer(int status, JsonNode body) {
    String code() {
      JsonNode type = body.get("__type");
      return type == null ? null : type.asString();
    }
  }

  /** Sets {@code faultJson} as the sandbox admin; returns the fault's id. */
  static String set(Sandbox sandbox, String faultJson) {
    Answer answer =
        call(sandbox, sandbox.adminCredentials(), "POST", "/_firedrill/faults", faultJson);
    if (answer.status() != 200) {
      throw new AssertionError("setting " + faultJson + " failed: " + answer);
    }
    return answer.body().get("id").asString();
  }

  /** A control call signed by {@code credentials} (unsigned when null) for {@code firedrill}. */
  static Answer call(
      Sandbox sandbox, AwsCredentials credentials, String method, String path, String body) {
    return call(sandbox, credentials, "firedrill", method, path, body);
  }

  static Answer call(
      Sandbox sandbox,
      AwsCredentials credentials,
      String service,
      String method,
      String path,
      String body) {
    URI endpoint = sandbox.endpoint();
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
            .header("Content-Type", "application/json");
    if (credentials != null) {
      SdkHttpRequest unsigned =
          SdkHttpRequest.builder()
              .method(SdkHttpMethod.fromValue(method))
              .uri(endpoint.resolve(path))
              .putHeader("Content-Type", List.of("application/json"))
              .build();
      SdkHttpRequest signed =
          AwsV4HttpSigner.create()
              .sign(
                  sign ->
                      sign.identity(credentials)
                          .request(unsigned)
                          .payload(ContentStreamProvider.fromByteArray(bytes))
                          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                          .putProperty(AwsV4HttpSigner.REGION_NAME, sandbox.region()))
              .request();
      signed
          .headers()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-type")) {
                  request.header(name, String.join(",", values));
                }
              });
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), Json.MAPPER.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
