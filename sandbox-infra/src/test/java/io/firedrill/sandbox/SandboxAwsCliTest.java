package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real AWS CLI (botocore: its own SigV4 signer, XML and JSON parsers) against the sandbox.
 * Skipped where no {@code aws} command is installed.
 */
class SandboxAwsCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Sandbox sandbox;
  private static AwsBasicCredentials user;

  @BeforeAll
  static void start() {
    if (!AwsCli.available()) {
      String reason = "no usable AWS CLI on the PATH; CLI compatibility not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    sandbox = Sandbox.builder().port(0).start();
    user = SandboxClients.newAdmin(sandbox, "cli-user");
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void getCallerIdentityReturnsTheUsersArn() {
    AwsCli.Result result = aws("sts", "get-caller-identity");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(JSON.readTree(result.output()).get("Arn").asString())
        .isEqualTo("arn:aws:iam::000000000000:user/cli-user");
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      Event recorded =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("GetCallerIdentity")))
              .events()
              .get(0);
      assertThat(recorded.username()).isEqualTo("cli-user");
      assertThat(JSON.readTree(recorded.cloudTrailEvent()).get("userAgent").asString())
          .startsWith("aws-cli/");
    }
  }

  @Test
  void lookupEventsParsesTheSandboxsAnswer() {
    AwsCli.Result result = aws("cloudtrail", "lookup-events", "--max-items", "5");

    assertThat(result.exitCode()).as(result.output()).isZero();
    JsonNode events = JSON.readTree(result.output()).get("Events");
    assertThat(events.isArray()).isTrue();
    assertThat(events.size()).isPositive();
    JsonNode record = JSON.readTree(events.get(0).get("CloudTrailEvent").asString());
    assertThat(record.get("eventVersion").asString()).isEqualTo("1.09");
    assertThat(events.get(0).get("EventId").asString()).isEqualTo(record.get("eventID").asString());
  }

  @Test
  void queryProtocolErrorsReachTheCliAsAwsErrors() {
    AwsCli.Result result = aws("iam", "get-user", "--user-name", "nobody");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output())
        .contains("(NoSuchEntity)", "The user with name nobody cannot be found.");
  }

  @Test
  void urlEncodedPolicyDocumentsReachTheCliAsJson() {
    SandboxClients.newRole(sandbox, "cli-role", sandbox.accountId());

    AwsCli.Result result = aws("iam", "get-role", "--role-name", "cli-role");

    assertThat(result.exitCode()).as(result.output()).isZero();
    JsonNode trust = JSON.readTree(result.output()).get("Role").get("AssumeRolePolicyDocument");
    assertThat(trust.get("Statement").get(0).get("Principal").get("AWS").asString())
        .isEqualTo("000000000000");
  }

  private static AwsCli.Result aws(String... arguments) {
    return AwsCli.run(sandbox, user, arguments);
  }
}
