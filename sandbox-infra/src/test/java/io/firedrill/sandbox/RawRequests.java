package io.firedrill.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * Hand-made HTTP requests, signed with the SDK's SigV4 signer or not at all, for the inputs no SDK
 * client would send: malformed bodies, wrong content types, unknown actions, huge payloads.
 */
public final class RawRequests {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RawRequests() {}

  /** Sends a POST to the sandbox; signs it for {@code service} when credentials are given. */
  public static HttpResponse<String> post(
      Sandbox sandbox,
      Map<String, String> headers,
      byte[] body,
      AwsCredentials credentials,
      String service,
      Instant signedAt) {
    URI endpoint = sandbox.endpoint();
    Map<String, String> all = new LinkedHashMap<>(headers);
    if (credentials != null) {
      all = sign(endpoint, headers, body, credentials, service, sandbox.region(), signedAt);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    all.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase("host")) {
            request.header(name, value);
          }
        });
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A query-protocol POST of {@code form}, signed now by {@code credentials} for {@code service}.
   */
  public static HttpResponse<String> query(
      Sandbox sandbox, String form, AwsCredentials credentials, String service) {
    return post(
        sandbox,
        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        form.getBytes(StandardCharsets.UTF_8),
        credentials,
        service,
        Instant.now());
  }

  /** A CloudTrail JSON POST of {@code json} for {@code operation}, signed now. */
  public static HttpResponse<String> cloudTrail(
      Sandbox sandbox, String operation, String json, AwsCredentials credentials) {
    return post(
        sandbox,
        Map.of(
            "Content-Type",
            "application/x-amz-json-1.1",
            "X-Amz-Target",
            "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101." + operation),
        json.getBytes(StandardCharsets.UTF_8),
        credentials,
        "cloudtrail",
        Instant.now());
  }

  /** The headers of a request signed by the SDK's signer, Authorization included. */
  public static Map<String, String> sign(
      URI endpoint,
      Map<String, String> headers,
      byte[] body,
      AwsCredentials credentials,
      String service,
      String region,
      Instant signedAt) {
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .protocol("http")
            .host(endpoint.getHost())
            .port(endpoint.getPort())
            .encodedPath("/");
    headers.forEach((name, value) -> request.putHeader(name, List.of(value)));
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                sign ->
                    sign.identity(credentials)
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(
                            AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
            .request();
    Map<String, String> out = new LinkedHashMap<>();
    signed.headers().forEach((name, values) -> out.put(name, String.join(",", values)));
    return out;
  }
}
