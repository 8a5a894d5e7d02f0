package io.firedrill.sandbox.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssumeRoleTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCOUNT = "000000000000";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  private static Sandbox sandbox;
  private static AwsBasicCredentials operator;
  private static String readerArn;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    operator = SandboxClients.newAdmin(sandbox, "operator");
    readerArn = SandboxClients.newRole(sandbox, "reader", ACCOUNT, READ_ONLY);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void aRoleSessionActsAsTheAssumedRole() {
    Instant before = Instant.now().minusSeconds(1);
    AssumeRoleResponse assumed;
    try (StsClient sts = SandboxClients.sts(sandbox, operator)) {
      assumed = sts.assumeRole(a -> a.roleArn(readerArn).roleSessionName("triage"));
    }
    AwsSessionCredentials session =
        AwsSessionCredentials.create(
            assumed.credentials().accessKeyId(),
            assumed.credentials().secretAccessKey(),
            assumed.credentials().sessionToken());

    assertThat(assumed.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
    assertThat(assumed.credentials().secretAccessKey()).hasSize(40);
    assertThat(assumed.credentials().expiration())
        .isBetween(before.plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
    assertThat(assumed.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::000000000000:assumed-role/reader/triage");
    assertThat(assumed.assumedRoleUser().assumedRoleId()).matches("AROA[A-Z2-7]{17}:triage");
    try (StsClient sts = SandboxClients.sts(sandbox, session);
        IamClient iam = SandboxClients.iam(sandbox, session)) {
      GetCallerIdentityResponse identity = sts.getCallerIdentity();
      assertThat(identity.arn()).isEqualTo(assumed.assumedRoleUser().arn());
      assertThat(identity.userId()).isEqualTo(assumed.assumedRoleUser().assumedRoleId());
      assertThat(iam.getRole(g -> g.roleName("reader")).role().arn()).isEqualTo(readerArn);

      IamException denied =
          catchThrowableOfType(IamException.class, () -> iam.createUser(c -> c.userName("x")));
      assertThat(denied.statusCode()).isEqualTo(403);
      assertThat(denied.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:sts::000000000000:assumed-role/reader/triage is not authorized to"
                  + " perform: iam:CreateUser on resource: arn:aws:iam::000000000000:user/x"
                  + " because no identity-based policy allows the iam:CreateUser action");
      // The role's own name is no user: IAM will not guess one for a role session.
      IamException noUser = catchThrowableOfType(IamException.class, iam::getUser);
      assertThat(noUser.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    }
  }

  @Test
  void theRecordsOfASessionNameTheAssumedRoleAndItsIssuer() {
    AwsSessionCredentials session = SandboxClients.assume(sandbox, operator, readerArn, "recorded");
    try (IamClient iam = SandboxClients.iam(sandbox, session)) {
      iam.listRoles();
    }

    JsonNode assumeRole = record("AssumeRole", "operator");
    assertThat(assumeRole.get("readOnly").asBoolean()).isTrue();
    assertThat(assumeRole.get("requestParameters").get("roleArn").asString()).isEqualTo(readerArn);
    assertThat(assumeRole.get("requestParameters").get("roleSessionName").asString())
        .isEqualTo("recorded");
    // Not sent by the client; recorded as the duration in force.
    assertThat(assumeRole.get("requestParameters").get("durationSeconds").asInt()).isEqualTo(3600);
    JsonNode credentials = assumeRole.get("responseElements").get("credentials");
    assertThat(credentials.propertyNames())
        .containsExactly("accessKeyId", "sessionToken", "expiration");
    assertThat(credentials.get("accessKeyId").asString()).isEqualTo(session.accessKeyId());
    assertThat(credentials.get("sessionToken").asString()).isEqualTo(session.sessionToken());
    assertThat(credentials.get("expiration").asString())
        .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}:\\d{2} [AP]M");
    assertThat(assumeRole.toString()).doesNotContain(session.secretAccessKey());
    assertThat(assumeRole.get("responseElements").get("assumedRoleUser").get("arn").asString())
        .isEqualTo("arn:aws:sts::000000000000:assumed-role/reader/recorded");
    JsonNode resource = assumeRole.get("resources").get(0);
    assertThat(resource.get("ARN").asString()).isEqualTo(readerArn);
    assertThat(resource.get("accountId").asString()).isEqualTo(ACCOUNT);
    assertThat(resource.get("type").asString()).isEqualTo("AWS::IAM::Role");

    JsonNode identity = record("ListRoles", "recorded").get("userIdentity");
    assertThat(identity.get("type").asString()).isEqualTo("AssumedRole");
    assertThat(identity.get("arn").asString())
        .isEqualTo("arn:aws:sts::000000000000:assumed-role/reader/recorded");
    assertThat(identity.get("principalId").asString()).endsWith(":recorded");
    assertThat(identity.get("accessKeyId").asString()).isEqualTo(session.accessKeyId());
    assertThat(identity.has("userName")).isFalse();
    JsonNode issuer = identity.get("sessionContext").get("sessionIssuer");
    assertThat(issuer.get("type").asString()).isEqualTo("Role");
    assertThat(issuer.get("arn").asString()).isEqualTo(readerArn);
    assertThat(issuer.get("userName").asString()).isEqualTo("reader");
    assertThat(identity.get("principalId").asString())
        .startsWith(issuer.get("principalId").asString() + ":");
    assertThat(identity.get("sessionContext").get("webIdFederationData").isEmpty()).isTrue();
    JsonNode attributes = identity.get("sessionContext").get("attributes");
    assertThat(attributes.get("mfaAuthenticated").asString()).isEqualTo("false");
    assertThat(attributes.get("creationDate").asString())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void durationsRespectTheModelAndTheRolesMaximum() {
    String longRole = "arn:aws:iam::000000000000:role/long";
    try (IamClient admin = SandboxClients.iam(sandbox, sandbox.adminCredentials());
        StsClient sts = SandboxClients.sts(sandbox, operator)) {
      admin.createRole(
          c ->
              c.roleName("long")
                  .maxSessionDuration(7200)
                  .assumeRolePolicyDocument(SandboxClients.trustPolicy(ACCOUNT)));

      Instant before = Instant.now().minusSeconds(1);
      Instant expires =
          sts.assumeRole(
                  a -> a.roleArn(longRole).roleSessionName("two-hours").durationSeconds(7200))
              .credentials()
              .expiration();
      StsException tooShort =
          catchThrowableOfType(
              StsException.class,
              () ->
                  sts.assumeRole(
                      a -> a.roleArn(longRole).roleSessionName("s1").durationSeconds(899)));
      StsException overRole =
          catchThrowableOfType(
              StsException.class,
              () ->
                  sts.assumeRole(
                      a -> a.roleArn(readerArn).roleSessionName("s2").durationSeconds(7200)));
      StsException overModel =
          catchThrowableOfType(
              StsException.class,
              () ->
                  sts.assumeRole(
                      a -> a.roleArn(longRole).roleSessionName("s3").durationSeconds(43201)));

      assertThat(expires).isAfterOrEqualTo(before.plus(Duration.ofHours(2)));
      assertThat(tooShort.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
      assertThat(tooShort.awsErrorDetails().errorMessage())
          .isEqualTo(
              "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy"
                  + " constraint: Member must have value greater than or equal to 900");
      assertThat(overRole.awsErrorDetails().errorMessage())
          .isEqualTo(
              "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
      assertThat(overModel.awsErrorDetails().errorMessage())
          .contains("Member must have value less than or equal to 43200");
    }
  }

  @Test
  void roleChainingIsCappedAtOneHour() {
    String nextArn =
        SandboxClients.newRole(
            sandbox, "next-hop", ACCOUNT, "arn:aws:iam::aws:policy/AdministratorAccess");
    String hopArn =
        SandboxClients.newRole(
            sandbox, "first-hop", ACCOUNT, "arn:aws:iam::aws:policy/AdministratorAccess");
    AwsSessionCredentials first = SandboxClients.assume(sandbox, operator, hopArn, "hop-1");
    try (StsClient sts = SandboxClients.sts(sandbox, first)) {
      StsException tooLong =
          catchThrowableOfType(
              StsException.class,
              () ->
                  sts.assumeRole(
                      a -> a.roleArn(nextArn).roleSessionName("hop-2").durationSeconds(3601)));
      String chained =
          sts.assumeRole(a -> a.roleArn(nextArn).roleSessionName("hop-2").durationSeconds(3600))
              .assumedRoleUser()
              .arn();

      assertThat(tooLong.awsErrorDetails().errorMessage())
          .isEqualTo(
              "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed"
                  + " by role chaining.");
      assertThat(chained).endsWith(":assumed-role/next-hop/hop-2");
    }
  }

  @Test
  void aSessionPolicyCapsTheSession() {
    String adminRole =
        SandboxClients.newRole(
            sandbox, "capped", ACCOUNT, "arn:aws:iam::aws:policy/AdministratorAccess");
    String onlyListUsers =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"iam:ListUsers\",\"Resource\":\"*\"}]}";
    AssumeRoleResponse assumed;
    try (StsClient sts = SandboxClients.sts(sandbox, operator)) {
      assumed =
          sts.assumeRole(a -> a.roleArn(adminRole).roleSessionName("narrow").policy(onlyListUsers));
    }
    AwsSessionCredentials session =
        AwsSessionCredentials.create(
            assumed.credentials().accessKeyId(),
            assumed.credentials().secretAccessKey(),
            assumed.credentials().sessionToken());
    try (IamClient iam = SandboxClients.iam(sandbox, session)) {
      assertThat(iam.listUsers().users()).isNotEmpty();
      IamException denied =
          catchThrowableOfType(IamException.class, () -> iam.getRole(g -> g.roleName("capped")));

      assertThat(assumed.packedPolicySize()).isBetween(1, 100);
      assertThat(denied.awsErrorDetails().errorMessage())
          .endsWith("because no session policy allows the iam:GetRole action");
    }
  }

  @Test
  void theTrustPolicyDecidesWhoMayAssume() {
    AwsBasicCredentials stranger = SandboxClients.newUser(sandbox, "stranger");
    AwsBasicCredentials named = SandboxClients.newUser(sandbox, "named");
    String forNamed =
        SandboxClients.newRole(sandbox, "for-named", "arn:aws:iam::000000000000:user/named");
    try (StsClient asStranger = SandboxClients.sts(sandbox, stranger);
        StsClient asNamed = SandboxClients.sts(sandbox, named);
        StsClient asOperator = SandboxClients.sts(sandbox, operator)) {
      // Trusted by account: the caller's own policies must allow sts:AssumeRole too.
      StsException noPolicy =
          catchThrowableOfType(
              StsException.class,
              () -> asStranger.assumeRole(a -> a.roleArn(readerArn).roleSessionName("s")));
      // Named in the trust policy: enough without any policy of its own.
      String assumed =
          asNamed
              .assumeRole(a -> a.roleArn(forNamed).roleSessionName("yes"))
              .assumedRoleUser()
              .arn();
      // Not named: even an administrator is refused.
      StsException notTrusted =
          catchThrowableOfType(
              StsException.class,
              () -> asOperator.assumeRole(a -> a.roleArn(forNamed).roleSessionName("no")));
      StsException noRole =
          catchThrowableOfType(
              StsException.class,
              () ->
                  asOperator.assumeRole(
                      a ->
                          a.roleArn("arn:aws:iam::000000000000:role/missing")
                              .roleSessionName("no")));

      assertThat(noPolicy.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      assertThat(noPolicy.statusCode()).isEqualTo(403);
      assertThat(noPolicy.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:iam::000000000000:user/stranger is not authorized to perform:"
                  + " sts:AssumeRole on resource: "
                  + readerArn
                  + " because no identity-based policy allows the sts:AssumeRole action");
      assertThat(assumed).endsWith(":assumed-role/for-named/yes");
      assertThat(notTrusted.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:iam::000000000000:user/operator is not authorized to perform:"
                  + " sts:AssumeRole on resource: "
                  + forNamed);
      assertThat(noRole.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
    }
    // AWS records a refused AssumeRole without its request parameters.
    JsonNode refused = record("AssumeRole", "operator");
    assertThat(refused.get("errorCode").asString()).isEqualTo("AccessDenied");
    assertThat(refused.get("requestParameters").isNull()).isTrue();
    assertThat(refused.has("resources")).isFalse();
  }

  /** The newest record of {@code eventName} whose LookupEvents Username is {@code username}. */
  private static JsonNode record(String eventName, String username) {
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      List<Event> events =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.USERNAME).attributeValue(username)))
              .events();
      Event event =
          events.stream().filter(e -> e.eventName().equals(eventName)).findFirst().orElseThrow();
      return JSON.readTree(event.cloudTrailEvent());
    }
  }
}
