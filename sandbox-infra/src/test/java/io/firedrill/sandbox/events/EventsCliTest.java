package io.firedrill.sandbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real AWS CLI routing a custom event through a rule to an SQS queue in the sandbox. Skipped
 * where no {@code aws} command is installed.
 */
class EventsCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    if (!AwsCli.available()) {
      String reason = "no usable AWS CLI on the PATH; CLI compatibility not checked";
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    sandbox = Sandbox.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static JsonNode aws(String... arguments) {
    AwsCli.Result result = AwsCli.run(sandbox, sandbox.adminCredentials(), arguments);
    assertThat(result.exitCode()).as(result.output()).isZero();
    return result.output().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.output());
  }

  @Test
  void aCustomEventIsRoutedToAQueue() {
    String url =
        aws("sqs", "create-queue", "--queue-name", "cli-events").get("QueueUrl").asString();
    String queueArn = "arn:aws:sqs:us-east-1:000000000000:cli-events";
    aws(
        "sqs",
        "set-queue-attributes",
        "--queue-url",
        url,
        "--attributes",
        JSON.createObjectNode().put("Policy", EventsClients.eventBridgeMaySend()).toString());
    String ruleArn =
        aws(
                "events",
                "put-rule",
                "--name",
                "cli-rule",
                "--event-pattern",
                "{\"source\":[\"drill.cli\"]}")
            .get("RuleArn")
            .asString();
    assertThat(ruleArn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/cli-rule");
    aws("events", "put-targets", "--rule", "cli-rule", "--targets", "Id=queue,Arn=" + queueArn);
    assertThat(aws("events", "describe-rule", "--name", "cli-rule").get("State").asString())
        .isEqualTo("ENABLED");
    assertThat(
            aws("events", "list-targets-by-rule", "--rule", "cli-rule")
                .at("/Targets/0/Arn")
                .asString())
        .isEqualTo(queueArn);

    JsonNode put =
        aws(
            "events",
            "put-events",
            "--entries",
            "[{\"Source\":\"drill.cli\",\"DetailType\":\"Ping\",\"Detail\":\"{\\\"n\\\":1}\"}]");
    assertThat(put.get("FailedEntryCount").asInt()).isZero();

    JsonNode message =
        aws("sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "20")
            .at("/Messages/0");
    JsonNode event = JSON.readTree(message.get("Body").asString());
    assertThat(event.get("id").asString()).isEqualTo(put.at("/Entries/0/EventId").asString());
    assertThat(event.at("/detail/n").asInt()).isEqualTo(1);
  }

  @Test
  void anInvalidPatternIsInvalidEventPatternException() {
    AwsCli.Result result =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "events",
            "put-rule",
            "--name",
            "bad",
            "--event-pattern",
            "[1,2]");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("InvalidEventPatternException");
  }
}
