package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.auth.AccessKeyIds;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Temporary credentials at the front door: a session key works only with its own token and only
 * until it expires, as on AWS; GetSessionToken issues an IAM user's own sessions; GetAccessKeyInfo
 * reads the account from any key id.
 */
class SessionCredentialsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN = Sandbox.ADMINISTRATOR_ACCESS;

  @Test
  void aSessionKeyNeedsItsOwnToken() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials user = SandboxClients.newAdmin(sandbox, "token-user");
      String role = SandboxClients.newRole(sandbox, "token-role", sandbox.accountId(), ADMIN);
      AwsSessionCredentials session = SandboxClients.assume(sandbox, user, role, "tokens");
      AwsBasicCredentials withoutToken =
          AwsBasicCredentials.create(session.accessKeyId(), session.secretAccessKey());
      AwsSessionCredentials wrongToken =
          AwsSessionCredentials.create(
              session.accessKeyId(), session.secretAccessKey(), session.sessionToken() + "x");
      AwsSessionCredentials longTermWithToken =
          AwsSessionCredentials.create(
              user.accessKeyId(), user.secretAccessKey(), session.sessionToken());

      for (AwsCredentials credentials : List.of(withoutToken, wrongToken, longTermWithToken)) {
        try (StsClient sts = SandboxClients.sts(sandbox, credentials)) {
          StsException error = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
          assertThat(error.statusCode()).isEqualTo(403);
          assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        }
      }
      try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, wrongToken)) {
        CloudTrailException error =
            catchThrowableOfType(CloudTrailException.class, cloudTrail::describeTrails);
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
      }
      try (CloudTrailClient admin =
          SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        // Calls that fail authentication are never recorded.
        assertThat(
                admin
                    .lookupEvents(
                        l ->
                            l.lookupAttributes(
                                a ->
                                    a.attributeKey(LookupAttributeKey.ACCESS_KEY_ID)
                                        .attributeValue(session.accessKeyId())))
                    .events())
            .isEmpty();
      }
    }
  }

  @Test
  void anExpiredSessionIsAnsweredExpiredTokenInEachProtocol() {
    Sandboxes.MovableClock clock = new Sandboxes.MovableClock();
    try (Sandbox sandbox = Sandboxes.withClock(clock)) {
      AwsBasicCredentials user = SandboxClients.newAdmin(sandbox, "clock-user");
      String role = SandboxClients.newRole(sandbox, "short", sandbox.accountId(), ADMIN);
      Credentials issued;
      try (StsClient sts = SandboxClients.sts(sandbox, user)) {
        issued =
            sts.assumeRole(a -> a.roleArn(role).roleSessionName("brief").durationSeconds(900))
                .credentials();
      }
      AwsSessionCredentials session =
          AwsSessionCredentials.create(
              issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
      assertThat(query(sandbox, session, clock.instant()).statusCode()).isEqualTo(200);

      clock.advance(Duration.ofSeconds(901));
      HttpResponse<String> sts = query(sandbox, session, clock.instant());
      HttpResponse<String> cloudTrail =
          RawRequests.post(
              sandbox,
              Map.of(
                  "Content-Type",
                  "application/x-amz-json-1.1",
                  "X-Amz-Target",
                  "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails"),
              "{}".getBytes(StandardCharsets.UTF_8),
              session,
              "cloudtrail",
              clock.instant());

      assertThat(sts.statusCode()).isEqualTo(403);
      assertThat(sts.body())
          .contains(
              "<Code>ExpiredToken</Code>",
              "<Message>The security token included in the request is expired</Message>");
      assertThat(cloudTrail.statusCode()).isEqualTo(400);
      assertThat(cloudTrail.body()).contains("\"__type\":\"ExpiredTokenException\"");
    }
  }

  @Test
  void getSessionTokenIssuesAnIamUsersOwnSession() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials user = SandboxClients.newAdmin(sandbox, "own-session");
      Instant before = Instant.now().minusSeconds(1);
      Credentials issued;
      try (StsClient sts = SandboxClients.sts(sandbox, user)) {
        issued = sts.getSessionToken().credentials();
        StsException tooLong =
            catchThrowableOfType(
                StsException.class, () -> sts.getSessionToken(g -> g.durationSeconds(129_601)));
        assertThat(tooLong.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
        assertThat(sts.getSessionToken(g -> g.durationSeconds(900)).credentials().expiration())
            .isBefore(Instant.now().plus(Duration.ofMinutes(16)));
      }
      AwsSessionCredentials session =
          AwsSessionCredentials.create(
              issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());

      assertThat(issued.accessKeyId()).startsWith("ASIA");
      assertThat(issued.expiration()).isAfterOrEqualTo(before.plus(Duration.ofHours(12)));
      try (StsClient sts = SandboxClients.sts(sandbox, session);
          IamClient iam = SandboxClients.iam(sandbox, session);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, session)) {
        assertThat(sts.getCallerIdentity().arn())
            .isEqualTo("arn:aws:iam::000000000000:user/own-session");
        StsException again = catchThrowableOfType(StsException.class, sts::getSessionToken);
        assertThat(again.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(again.awsErrorDetails().errorMessage())
            .isEqualTo("Cannot call GetSessionToken with session credentials");
        // IAM refuses a session created without MFA.
        IamException iamRefused = catchThrowableOfType(IamException.class, iam::listUsers);
        assertThat(iamRefused.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        assertThat(cloudTrail.describeTrails().trailList()).isEmpty();
      }
      try (CloudTrailClient admin =
          SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        JsonNode record =
            JSON.readTree(
                admin
                    .lookupEvents(
                        l ->
                            l.lookupAttributes(
                                a ->
                                    a.attributeKey(LookupAttributeKey.ACCESS_KEY_ID)
                                        .attributeValue(session.accessKeyId())))
                    .events()
                    .stream()
                    .filter(e -> e.eventName().equals("DescribeTrails"))
                    .findFirst()
                    .orElseThrow()
                    .cloudTrailEvent());
        JsonNode identity = record.get("userIdentity");
        assertThat(identity.get("type").asString()).isEqualTo("IAMUser");
        assertThat(identity.get("userName").asString()).isEqualTo("own-session");
        assertThat(identity.get("accessKeyId").asString()).isEqualTo(session.accessKeyId());
        assertThat(identity.get("sessionContext").get("sessionIssuer").isEmpty()).isTrue();
        assertThat(
                identity.get("sessionContext").get("attributes").get("mfaAuthenticated").asString())
            .isEqualTo("false");

        JsonNode getSessionToken =
            admin
                .lookupEvents(
                    l ->
                        l.lookupAttributes(
                            a ->
                                a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                    .attributeValue("GetSessionToken")))
                .events()
                .stream()
                .map(e -> JSON.readTree(e.cloudTrailEvent()))
                .filter(r -> !r.has("errorCode") && r.get("requestParameters").isObject())
                .findFirst()
                .orElseThrow();
        assertThat(getSessionToken.get("requestParameters").get("durationSeconds").asInt())
            .isEqualTo(900);
        assertThat(getSessionToken.get("responseElements").get("credentials").propertyNames())
            .containsExactly("accessKeyId", "sessionToken", "expiration");
      }
    }
  }

  @Test
  void getAccessKeyInfoReadsTheAccountFromAnyKeyId() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId("123456789012").start()) {
      AwsBasicCredentials user = SandboxClients.newAdmin(sandbox, "key-info");
      String role = SandboxClients.newRole(sandbox, "key-info-role", "123456789012", ADMIN);
      AwsSessionCredentials session = SandboxClients.assume(sandbox, user, role, "info");
      String foreign = AccessKeyIds.generate("AKIA", "210987654321", 0);
      try (StsClient sts = SandboxClients.sts(sandbox, user)) {
        assertThat(sts.getAccessKeyInfo(g -> g.accessKeyId(user.accessKeyId())).account())
            .isEqualTo("123456789012");
        assertThat(sts.getAccessKeyInfo(g -> g.accessKeyId(session.accessKeyId())).account())
            .isEqualTo("123456789012");
        assertThat(sts.getAccessKeyInfo(g -> g.accessKeyId(foreign)).account())
            .isEqualTo("210987654321");
        StsException invalid =
            catchThrowableOfType(
                StsException.class, () -> sts.getAccessKeyInfo(g -> g.accessKeyId("short")));
        assertThat(invalid.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
      }
    }
  }

  private static HttpResponse<String> query(
      Sandbox sandbox, AwsSessionCredentials session, Instant signedAt) {
    return RawRequests.post(
        sandbox,
        Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8),
        session,
        "sts",
        signedAt);
  }
}
