package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Requests no SDK would send: each gets its protocol's 4xx error with a request id, never a stack
 * trace, and the sandbox keeps answering.
 */
class GatewayTest {

  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";

  private static Sandbox sandbox;
  private static AwsBasicCredentials admin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = sandbox.adminCredentials();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void sandboxStillAnswers() {
    try (StsClient sts = SandboxClients.sts(sandbox, admin)) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo(sandbox.accountId());
    }
  }

  @Test
  void anUnsignedQueryRequestIsMissingAuthenticationToken() {
    HttpResponse<String> response = RawRequests.query(sandbox, CALLER_IDENTITY, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .startsWith("<ErrorResponse")
        .contains("<Type>Sender</Type>", "<Code>MissingAuthenticationToken</Code>");
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(requestId).matches(UUID);
    assertThat(response.body()).contains("<RequestId>" + requestId + "</RequestId>");
  }

  @Test
  void anUnsignedJsonRequestIsMissingAuthenticationTokenException() {
    HttpResponse<String> response = RawRequests.cloudTrail(sandbox, "DescribeTrails", "{}", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"MissingAuthenticationTokenException\",\"message\":\"Missing Authentication Token\"}");
    assertThat(response.headers().firstValue("x-amzn-ErrorType"))
        .hasValue("MissingAuthenticationTokenException");
    assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow()).matches(UUID);
  }

  @Test
  void aMalformedAuthorizationHeaderIsAnIncompleteSignature() {
    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261122/us-east-1/sts"),
            CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8),
            null,
            null,
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>IncompleteSignature</Code>");
  }

  @Test
  void badJsonIsASerializationException() {
    HttpResponse<String> response =
        RawRequests.cloudTrail(sandbox, "DescribeTrails", "{\"trailNameList\": [", admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"SerializationException\"");
    assertThat(response.body()).doesNotContain("at tools.", "Exception:", "\tat ");
  }

  @Test
  void aJsonBodyThatIsNotAnObjectIsASerializationException() {
    HttpResponse<String> response = RawRequests.cloudTrail(sandbox, "DescribeTrails", "[1]", admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("SerializationException");
  }

  @Test
  void anUnknownQueryActionIsInvalidAction() {
    HttpResponse<String> response =
        RawRequests.query(sandbox, "Action=LaunchMissiles&Version=2010-05-08", admin, "iam");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"")
        .contains("<Code>InvalidAction</Code>")
        .contains("Could not find operation LaunchMissiles for version 2010-05-08");
  }

  @Test
  void anUnknownJsonOperationIsUnknownOperationException() {
    HttpResponse<String> response = RawRequests.cloudTrail(sandbox, "LaunchMissiles", "{}", admin);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"UnknownOperationException\"");
  }

  @Test
  void aServiceTheSandboxDoesNotEmulateIsRefusedInTheRequestsProtocol() {
    HttpResponse<String> response =
        RawRequests.query(
            sandbox,
            "Action=DescribeLoadBalancers&Version=2015-12-01",
            admin,
            "elasticloadbalancing");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidAction</Code>", "'elasticloadbalancing'");
  }

  @Test
  void aBodyOverTenMebibytesIsRefusedWith413() {
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(huge, (byte) 'a');

    HttpResponse<String> json =
        RawRequests.post(
            sandbox,
            Map.of(
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target",
                    "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"),
            huge,
            null,
            null,
            null);
    HttpResponse<String> query =
        RawRequests.post(
            sandbox,
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            huge,
            null,
            null,
            null);

    assertThat(json.statusCode()).isEqualTo(413);
    assertThat(json.body()).contains("\"__type\":\"RequestEntityTooLargeException\"");
    assertThat(query.statusCode()).isEqualTo(413);
    assertThat(query.body()).contains("<Code>RequestEntityTooLarge</Code>");
  }

  @Test
  void aJsonRequestWithTheWrongContentTypeIsRefused() {
    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            Map.of(
                "Content-Type", "text/plain",
                "X-Amz-Target",
                    "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails"),
            "{}".getBytes(StandardCharsets.UTF_8),
            admin,
            "cloudtrail",
            Instant.now());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("SerializationException", "text/plain");
  }

  @Test
  void aQueryRequestWithTheWrongContentTypeIsRefused() {
    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            Map.of("Content-Type", "application/json"),
            "{\"Action\":\"GetCallerIdentity\"}".getBytes(StandardCharsets.UTF_8),
            admin,
            "sts",
            Instant.now());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"")
        .contains("<Code>InvalidParameterValue</Code>", "application/json");
  }

  @Test
  void aSignatureOlderThanFifteenMinutesHasExpired() {
    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8),
            admin,
            "sts",
            Instant.now().minus(Duration.ofMinutes(20)));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>", "Signature expired");
  }

  @Test
  void aSignatureWithoutXAmzDateIsIncomplete() {
    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            Map.of(
                "Content-Type",
                "application/x-www-form-urlencoded; charset=utf-8",
                "Authorization",
                forgedAuthorization()),
            CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8),
            null,
            null,
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("IncompleteSignature", "X-Amz-Date");
  }

  @Test
  void aBodyChangedAfterSigningDoesNotMatch() {
    Map<String, String> signed =
        RawRequests.sign(
            sandbox.endpoint(),
            Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
            CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8),
            admin,
            "iam",
            "us-east-1",
            Instant.now());

    HttpResponse<String> response =
        RawRequests.post(
            sandbox,
            signed,
            "Action=CreateUser&UserName=mallory&Version=2010-05-08"
                .getBytes(StandardCharsets.UTF_8),
            null,
            null,
            null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
  }

  @Test
  void aSignedQueryRequestSucceedsWithTheSameRequestIdInHeaderAndBody() {
    HttpResponse<String> response = RawRequests.query(sandbox, CALLER_IDENTITY, admin, "sts");

    assertThat(response.statusCode()).isEqualTo(200);
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(response.body())
        .startsWith(
            "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">")
        .contains("<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata>");
  }

  private static String forgedAuthorization() {
    return "AWS4-HMAC-SHA256 Credential="
        + admin.accessKeyId()
        + "/20261122/us-east-1/sts/aws4_request, SignedHeaders=content-type;host,"
        + " Signature="
        + "0".repeat(64);
  }
}
