package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The containment story a blue team plays against a leaked key, told through the real AWS CLI:
 * quarantine the key's user, see the denial in CloudTrail, deactivate the key, then revoke a role's
 * older sessions while new ones keep working. Skipped where no {@code aws} command is installed.
 *
 * <p>The sandbox's clock runs two seconds ahead at the end, well within the signing skew AWS
 * allows, so that a session issued after the revocation is strictly newer than its cut-off.
 */
class ContainmentCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String QUARANTINE = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";

  private static Sandboxes.MovableClock clock;
  private static Sandbox sandbox;
  private static AwsBasicCredentials responder;

  @BeforeAll
  static void start() {
    if (!AwsCli.available()) {
      String reason = "no usable AWS CLI on the PATH; the containment story is not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    clock = new Sandboxes.MovableClock();
    sandbox = Sandboxes.withClock(clock);
    responder = SandboxClients.newAdmin(sandbox, "responder");
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void quarantineThenDeactivateALeakedKey() {
    AwsBasicCredentials leaked =
        SandboxClients.newUser(sandbox, "leaky-dev", Sandbox.ADMINISTRATOR_ACCESS);
    assertThat(ok(leaked, "iam", "create-user", "--user-name", "backdoor-1").get("User"))
        .isNotNull();

    ok(
        responder,
        "iam",
        "attach-user-policy",
        "--user-name",
        "leaky-dev",
        "--policy-arn",
        QUARANTINE);
    AwsCli.Result denied = cli(leaked, "iam", "create-user", "--user-name", "backdoor-2");

    assertThat(denied.exitCode()).isNotZero();
    assertThat(denied.output())
        .contains(
            "(AccessDenied) when calling the CreateUser operation: User:"
                + " arn:aws:iam::000000000000:user/leaky-dev is not authorized to perform:"
                + " iam:CreateUser on resource: arn:aws:iam::000000000000:user/backdoor-2 with an"
                + " explicit deny in an identity-based policy: "
                + QUARANTINE);
    List<JsonNode> recorded = records("AccessKeyId", leaked.accessKeyId());
    JsonNode record = recorded.get(0);
    assertThat(record.get("eventName").asString()).isEqualTo("CreateUser");
    assertThat(record.get("errorCode").asString()).isEqualTo("AccessDenied");
    assertThat(record.get("errorMessage").asString()).endsWith("policy: " + QUARANTINE);
    assertThat(record.get("requestParameters").get("userName").asString()).isEqualTo("backdoor-2");

    ok(
        responder,
        "iam",
        "update-access-key",
        "--user-name",
        "leaky-dev",
        "--access-key-id",
        leaked.accessKeyId(),
        "--status",
        "Inactive");
    AwsCli.Result dark = cli(leaked, "sts", "get-caller-identity");

    assertThat(dark.exitCode()).isNotZero();
    assertThat(dark.output())
        .contains(
            "(InvalidClientTokenId)", "The security token included in the request is invalid");
    // Refused before authentication: the attempt leaves no record.
    assertThat(records("AccessKeyId", leaked.accessKeyId())).hasSameSizeAs(recorded);
  }

  @Test
  void revokingOlderSessionsLeavesNewOnesWorking() {
    String role =
        SandboxClients.newRole(sandbox, "ops", sandbox.accountId(), Sandbox.ADMINISTRATOR_ACCESS);
    JsonNode assumed =
        ok(responder, "sts", "assume-role", "--role-arn", role, "--role-session-name", "old");
    AwsSessionCredentials old = session(assumed);
    assertThat(ok(old, "iam", "list-roles").get("Roles")).isNotEmpty();

    Instant issued =
        OffsetDateTime.parse(assumed.get("Credentials").get("Expiration").asString())
            .toInstant()
            .minus(Duration.ofHours(1));
    String cutOff = issued.plusSeconds(1).toString();
    ok(
        responder,
        "iam",
        "put-role-policy",
        "--role-name",
        "ops",
        "--policy-name",
        "AWSRevokeOlderSessions",
        "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],"
            + "\"Resource\":[\"*\"],\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\""
            + cutOff
            + "\"}}}]}");
    clock.advance(Duration.ofSeconds(2));

    AwsCli.Result revoked = cli(old, "iam", "list-roles");
    AwsSessionCredentials fresh =
        session(
            ok(responder, "sts", "assume-role", "--role-arn", role, "--role-session-name", "new"));

    assertThat(revoked.exitCode()).isNotZero();
    assertThat(revoked.output())
        .contains(
            "(AccessDenied) when calling the ListRoles operation: User:"
                + " arn:aws:sts::000000000000:assumed-role/ops/old is not authorized to perform:"
                + " iam:ListRoles",
            "with an explicit deny in an identity-based policy");
    assertThat(ok(fresh, "iam", "list-roles").get("Roles")).isNotEmpty();
    assertThat(ok(fresh, "sts", "get-caller-identity").get("Arn").asString())
        .isEqualTo("arn:aws:sts::000000000000:assumed-role/ops/new");
  }

  private static AwsSessionCredentials session(JsonNode assumed) {
    JsonNode credentials = assumed.get("Credentials");
    return AwsSessionCredentials.create(
        credentials.get("AccessKeyId").asString(),
        credentials.get("SecretAccessKey").asString(),
        credentials.get("SessionToken").asString());
  }

  /** The responder's view of CloudTrail: records with one lookup attribute, newest first. */
  private static List<JsonNode> records(String attribute, String value) {
    JsonNode events =
        ok(
                responder,
                "cloudtrail",
                "lookup-events",
                "--lookup-attributes",
                "AttributeKey=" + attribute + ",AttributeValue=" + value)
            .get("Events");
    List<JsonNode> records = new ArrayList<>();
    events.forEach(event -> records.add(JSON.readTree(event.get("CloudTrailEvent").asString())));
    return records;
  }

  private static JsonNode ok(AwsCredentials credentials, String... arguments) {
    AwsCli.Result result = cli(credentials, arguments);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.output());
  }

  private static AwsCli.Result cli(AwsCredentials credentials, String... arguments) {
    return AwsCli.run(sandbox, credentials, arguments);
  }
}
