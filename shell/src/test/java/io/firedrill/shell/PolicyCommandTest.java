package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code policy}: what an operator attaches to the attacker's user, or to the scorer's. */
class PolicyCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void printsTheAttackersPolicyAsBareStableJson() throws Exception {
    Firedrill.Result first = InThisJvm.run("policy", "leaked-access-key");
    Firedrill.Result again = InThisJvm.run("policy", "leaked-access-key", "--actor", "attacker");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
    JsonNode policy = JSON.readTree(first.out());
    assertThat(policy.path("Version").asString()).isEqualTo("2012-10-17");
    JsonNode backdoor = statement(policy, "PersistenceIamCreateAdminUser");
    assertThat(backdoor.path("Action").toString())
        .isEqualTo(
            "[\"iam:AttachUserPolicy\",\"iam:CreateAccessKey\",\"iam:CreateUser\",\"iam:TagUser\"]");
    assertThat(backdoor.path("Resource").get(0).asString())
        .isEqualTo("arn:aws:iam::*:user/svc-backup");
    assertThat(statement(policy, "ImpactEc2RunInstancesBurst").path("Action").toString())
        .isEqualTo("[\"ec2:CreateTags\",\"ec2:RunInstances\"]");
    // GetCallerIdentity needs no permission: no statement for it.
    assertThat(first.out()).doesNotContain("sts:");
  }

  @Test
  void anActorActingThroughARoleGetsOnePolicyForEach() throws Exception {
    Firedrill.Result result = InThisJvm.run("policy", "exposed-ssh", "--account", "111122223333");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("# actor pivot: attach to user/dev-frank\n")
        .contains("\"arn:aws:iam::111122223333:role/ops-deploy\"")
        .contains("# actor pivot: attach to role/ops-deploy\n")
        .contains("\"ec2:AuthorizeSecurityGroupIngress\"");
  }

  @Test
  void printsTheScorersPolicyOnTheBaselinesTrailBucket() throws Exception {
    Firedrill.Result result =
        InThisJvm.run(
            "policy",
            "leaked-access-key",
            "--scorer",
            "--account",
            "111122223333",
            "--region",
            "eu-west-1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode policy = JSON.readTree(result.out());
    assertThat(statement(policy, "TrailBucketRead").path("Resource").get(0).asString())
        .isEqualTo("arn:aws:s3:::firedrill-trail-logs/*");
    assertThat(statement(policy, "EventBridgeQueue").path("Resource").get(0).asString())
        .isEqualTo("arn:aws:sqs:eu-west-1:111122223333:firedrill-telemetry");
  }

  @Test
  void aMisspeltScenarioOrActorIsNamedWithWhatWouldBeRight() throws Exception {
    Firedrill.Result scenario = InThisJvm.run("policy", "leaked-acess-key");
    Firedrill.Result actor = InThisJvm.run("policy", "leaked-access-key", "--actor", "eve");
    Firedrill.Result account = InThisJvm.run("policy", "leaked-access-key", "--account", "12345");

    assertThat(scenario.exitCode()).isEqualTo(2);
    assertThat(scenario.err())
        .contains("no such scenario 'leaked-acess-key'")
        .contains("did you mean 'leaked-access-key'?");
    assertThat(actor.exitCode()).isEqualTo(2);
    assertThat(actor.err()).contains("has no actor 'eve'; expected one of: attacker");
    assertThat(account.exitCode()).isEqualTo(2);
    assertThat(account.err()).contains("--account expects an account id of 12 digits");
  }

  private static JsonNode statement(JsonNode policy, String sid) {
    for (JsonNode statement : policy.path("Statement")) {
      if (sid.equals(statement.path("Sid").asString())) {
        return statement;
      }
    }
    throw new AssertionError("no statement " + sid + " in " + policy);
  }
}
