package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyLastUsed;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.GetAccessKeyLastUsedResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LoginProfile;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PasswordPolicyViolationException;
import software.amazon.awssdk.services.sts.StsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Login profiles and access keys' last use; users and keys themselves are in IamServiceTest. */
class UserOperationsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PASSWORD = "Corr3ct-Horse-Battery";

  private static Sandbox sandbox;
  private static IamClient iam;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    iam.close();
    sandbox.close();
  }

  @Test
  void managesALoginProfileWithoutEverEchoingThePassword() {
    iam.createUser(c -> c.userName("console-user"));
    LoginProfile created =
        iam.createLoginProfile(
                c -> c.userName("console-user").password(PASSWORD).passwordResetRequired(true))
            .loginProfile();
    iam.updateLoginProfile(
        u -> u.userName("console-user").password(PASSWORD + "2").passwordResetRequired(false));
    LoginProfile fetched = iam.getLoginProfile(g -> g.userName("console-user")).loginProfile();

    assertThat(created.userName()).isEqualTo("console-user");
    assertThat(created.passwordResetRequired()).isTrue();
    assertThat(fetched.passwordResetRequired()).isFalse();
    assertThat(fetched.createDate()).isEqualTo(created.createDate());
    EntityAlreadyExistsException again =
        catchThrowableOfType(
            EntityAlreadyExistsException.class,
            () -> iam.createLoginProfile(c -> c.userName("console-user").password(PASSWORD)));
    assertThat(again.awsErrorDetails().errorMessage())
        .isEqualTo("Login Profile for user console-user already exists.");
    DeleteConflictException stillHasProfile =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deleteUser(d -> d.userName("console-user")));
    assertThat(stillHasProfile.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete entity, must delete login profile first.");

    iam.deleteLoginProfile(d -> d.userName("console-user"));
    NoSuchEntityException gone =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () -> iam.getLoginProfile(g -> g.userName("console-user")));
    assertThat(gone.awsErrorDetails().errorMessage())
        .isEqualTo("Login Profile for User console-user cannot be found.");

    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      List<JsonNode> records =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.RESOURCE_NAME)
                                  .attributeValue("console-user")))
              .events()
              .stream()
              .map(e -> JSON.readTree(e.cloudTrailEvent()))
              .filter(r -> r.get("eventName").asString().endsWith("LoginProfile"))
              .toList();
      assertThat(records)
          .extracting(r -> r.get("eventName").asString())
          .contains("CreateLoginProfile", "UpdateLoginProfile");
      for (JsonNode record : records) {
        assertThat(record.toString()).doesNotContain(PASSWORD);
        assertThat(record.get("requestParameters").has("password")).isFalse();
      }
      JsonNode createRecord =
          records.stream()
              .filter(r -> r.get("eventName").asString().equals("CreateLoginProfile"))
              .findFirst()
              .orElseThrow();
      assertThat(createRecord.get("requestParameters").get("passwordResetRequired").asBoolean())
          .isTrue();
      assertThat(
              createRecord.get("responseElements").get("loginProfile").get("userName").asString())
          .isEqualTo("console-user");
    }
  }

  @Test
  void aWeakPasswordBreaksThePasswordPolicyWithoutBeingRepeated() {
    iam.createUser(c -> c.userName("weak"));

    PasswordPolicyViolationException weak =
        catchThrowableOfType(
            PasswordPolicyViolationException.class,
            () -> iam.createLoginProfile(c -> c.userName("weak").password("short")));
    IamException tooLong =
        catchThrowableOfType(
            IamException.class,
            () -> iam.createLoginProfile(c -> c.userName("weak").password("x".repeat(129))));

    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(weak.awsErrorDetails().errorMessage()).doesNotContain("short");
    assertThat(tooLong.awsErrorDetails().errorMessage())
        .contains("*** Sensitive Data Redacted ***")
        .doesNotContain("xxxx");
  }

  @Test
  void tracksWhenWhereAndWithWhichServiceAKeyWasLastUsed() {
    AwsBasicCredentials user = SandboxClients.newUser(sandbox, "tracked");
    GetAccessKeyLastUsedResponse never =
        iam.getAccessKeyLastUsed(g -> g.accessKeyId(user.accessKeyId()));
    Instant before = Instant.now().minusSeconds(1);
    try (StsClient sts = SandboxClients.sts(sandbox, user)) {
      sts.getCallerIdentity();
    }
    AccessKeyLastUsed used =
        iam.getAccessKeyLastUsed(g -> g.accessKeyId(user.accessKeyId())).accessKeyLastUsed();

    assertThat(never.userName()).isEqualTo("tracked");
    assertThat(never.accessKeyLastUsed().serviceName()).isEqualTo("N/A");
    assertThat(never.accessKeyLastUsed().region()).isEqualTo("N/A");
    assertThat(never.accessKeyLastUsed().lastUsedDate()).isNull();
    assertThat(used.serviceName()).isEqualTo("sts");
    assertThat(used.region()).isEqualTo(sandbox.region());
    assertThat(used.lastUsedDate()).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
    // The admin's own key was just used, by IAM.
    assertThat(
            iam.getAccessKeyLastUsed(g -> g.accessKeyId(sandbox.adminCredentials().accessKeyId()))
                .accessKeyLastUsed()
                .serviceName())
        .isEqualTo("iam");
    IamException unknown =
        catchThrowableOfType(
            IamException.class,
            () -> iam.getAccessKeyLastUsed(g -> g.accessKeyId("AKIAAAAAAAAAAAAAAAAA")));
    assertThat(unknown.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
  }
}
