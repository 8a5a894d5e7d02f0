package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.RawRequests;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.StopLoggingResponse;
import software.amazon.awssdk.services.cloudtrail.model.TrailNotFoundException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The recorder, read back through LookupEvents as the scorer reads it. */
class EventHistoryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";

  private static Sandbox sandbox;
  private static CloudTrailClient admin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials());
    admin.createTrail(create -> create.name("watched-trail").s3BucketName("watched-bucket"));
    admin.startLogging(start -> start.name("watched-trail"));
  }

  @AfterAll
  static void stop() {
    admin.close();
    sandbox.close();
  }

  @Test
  void aStopLoggingByAUserIsRecordedAsAwsWouldRecordIt() {
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    StopLoggingResponse response;
    try (CloudTrailClient attacker = SandboxClients.cloudTrail(sandbox, mallory, "203.0.113.7")) {
      response = attacker.stopLogging(stop -> stop.name("watched-trail"));
    }

    Event event = single(lookup(LookupAttributeKey.USERNAME, "mallory"));
    JsonNode record = JSON.readTree(event.cloudTrailEvent());

    assertThat(event.eventName()).isEqualTo("StopLogging");
    assertThat(event.eventSource()).isEqualTo("cloudtrail.amazonaws.com");
    assertThat(event.readOnly()).isEqualTo("false");
    assertThat(event.accessKeyId()).isEqualTo(mallory.accessKeyId());
    assertThat(event.username()).isEqualTo("mallory");
    assertThat(event.resources())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.resourceType() + " " + r.resourceName())
                    .isEqualTo("AWS::CloudTrail::Trail watched-trail"));
    assertThat(event.eventTime()).isEqualTo(Instant.parse(record.get("eventTime").asString()));

    assertThat(record.get("eventVersion").asString()).isEqualTo("1.09");
    JsonNode identity = record.get("userIdentity");
    assertThat(identity.get("type").asString()).isEqualTo("IAMUser");
    assertThat(identity.get("principalId").asString()).matches("AIDA[A-Z0-9]{17}");
    assertThat(identity.get("arn").asString()).isEqualTo("arn:aws:iam::000000000000:user/mallory");
    assertThat(identity.get("accountId").asString()).isEqualTo("000000000000");
    assertThat(identity.get("accessKeyId").asString()).isEqualTo(mallory.accessKeyId());
    assertThat(identity.get("userName").asString()).isEqualTo("mallory");
    assertThat(record.get("eventTime").asString())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(record.get("awsRegion").asString()).isEqualTo("us-east-1");
    assertThat(record.get("sourceIPAddress").asString()).isEqualTo("203.0.113.7");
    assertThat(record.get("userAgent").asString())
        .startsWith("aws-sdk-java/")
        .contains(SandboxClients.USER_AGENT_SUFFIX);
    assertThat(record.get("requestParameters").toString())
        .isEqualTo("{\"name\":\"watched-trail\"}");
    assertThat(record.get("responseElements").isNull()).isTrue();
    assertThat(record.get("requestID").asString())
        .isEqualTo(response.responseMetadata().requestId());
    assertThat(record.get("eventID").asString()).isEqualTo(event.eventId());
    assertThat(record.get("readOnly").asBoolean()).isFalse();
    assertThat(record.get("eventType").asString()).isEqualTo("AwsApiCall");
    assertThat(record.get("managementEvent").asBoolean()).isTrue();
    assertThat(record.get("recipientAccountId").asString()).isEqualTo("000000000000");
    assertThat(record.get("eventCategory").asString()).isEqualTo("Management");
    assertThat(record.has("tlsDetails")).isFalse();
    assertThat(record.has("errorCode")).isFalse();
    assertThat(admin.getTrailStatus(get -> get.name("watched-trail")).isLogging()).isFalse();
    admin.startLogging(start -> start.name("watched-trail"));
  }

  @Test
  void anUnsignedSourceIpClaimIsIgnored() {
    AwsBasicCredentials nina = SandboxClients.newAdmin(sandbox, "nina");
    Map<String, String> headers =
        new HashMap<>(
            RawRequests.sign(
                sandbox.endpoint(),
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8),
                nina,
                "sts",
                "us-east-1",
                Instant.now()));
    // Added after signing: a claim anyone on the path could have made.
    headers.put("x-firedrill-source-ip", "198.51.100.1");

    HttpResponse<String> response =
        RawRequests.post(
            sandbox, headers, CALLER_IDENTITY.getBytes(StandardCharsets.UTF_8), null, null, null);
    JsonNode record =
        JSON.readTree(single(lookup(LookupAttributeKey.USERNAME, "nina")).cloudTrailEvent());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(record.get("sourceIPAddress").asString()).isEqualTo("127.0.0.1");
    assertThat(record.get("requestParameters").isNull()).isTrue();
    assertThat(record.get("responseElements").isNull()).isTrue();
    assertThat(record.get("readOnly").asBoolean()).isTrue();
    assertThat(record.get("requestID").asString())
        .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
  }

  @Test
  void failedCallsAreRecordedWithTheirError() {
    AwsBasicCredentials oscar = SandboxClients.newAdmin(sandbox, "oscar");
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, oscar);
        IamClient iam = SandboxClients.iam(sandbox, oscar)) {
      catchThrowableOfType(
          TrailNotFoundException.class, () -> cloudTrail.stopLogging(s -> s.name("ghost-trail")));
      catchThrowableOfType(
          NoSuchEntityException.class, () -> iam.getUser(g -> g.userName("ghost")));
    }

    List<Event> events = lookup(LookupAttributeKey.USERNAME, "oscar");
    JsonNode getUser = JSON.readTree(events.get(0).cloudTrailEvent());
    JsonNode stopLogging = JSON.readTree(events.get(1).cloudTrailEvent());

    assertThat(getUser.get("errorCode").asString()).isEqualTo("NoSuchEntityException");
    assertThat(getUser.get("errorMessage").asString())
        .isEqualTo("The user with name ghost cannot be found.");
    assertThat(getUser.get("eventSource").asString()).isEqualTo("iam.amazonaws.com");
    assertThat(getUser.get("requestParameters").toString()).isEqualTo("{\"userName\":\"ghost\"}");
    assertThat(stopLogging.get("errorCode").asString()).isEqualTo("TrailNotFoundException");
    assertThat(stopLogging.get("errorMessage").asString())
        .startsWith("Unknown trail: arn:aws:cloudtrail:");
    assertThat(stopLogging.get("responseElements").isNull()).isTrue();
  }

  @Test
  void createAccessKeyIsRecordedWithoutTheSecret() {
    AccessKey key;
    try (IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(create -> create.userName("pat").tags(t -> t.key("k").value("v")));
      key = iam.createAccessKey(create -> create.userName("pat")).accessKey();
    }

    List<Event> events = lookup(LookupAttributeKey.RESOURCE_NAME, "pat");
    JsonNode createKey = JSON.readTree(events.get(0).cloudTrailEvent());
    JsonNode createUser = JSON.readTree(events.get(1).cloudTrailEvent());

    assertThat(events)
        .allSatisfy(e -> assertThat(e.cloudTrailEvent()).doesNotContain(key.secretAccessKey()));
    assertThat(createKey.get("responseElements").get("accessKey").toString())
        .contains("\"accessKeyId\":\"" + key.accessKeyId() + "\"", "\"status\":\"Active\"")
        .doesNotContainIgnoringCase("secret");
    assertThat(createKey.get("responseElements").get("accessKey").get("createDate").asString())
        .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d\\d:\\d\\d [AP]M");
    assertThat(createUser.get("requestParameters").toString())
        .isEqualTo("{\"tags\":[{\"key\":\"k\",\"value\":\"v\"}],\"userName\":\"pat\"}");
    assertThat(createUser.get("responseElements").get("user").get("userName").asString())
        .isEqualTo("pat");
    assertThat(events.get(0).resources())
        .extracting(r -> r.resourceType())
        .containsExactly("AWS::IAM::AccessKey", "AWS::IAM::User");
  }

  private static List<Event> lookup(LookupAttributeKey key, String value) {
    return admin
        .lookupEvents(
            lookup -> lookup.lookupAttributes(a -> a.attributeKey(key).attributeValue(value)))
        .events();
  }

  private static Event single(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
