package io.firedrill.sandbox.sqs;

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
 * The real AWS CLI against the sandbox's SQS (botocore speaks its JSON protocol and checks the
 * body's MD5). Skipped where no {@code aws} command is installed.
 */
class SqsCliTest {

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
  void aMessageGoesThroughAQueueAndIsDeleted() {
    String url = aws("sqs", "create-queue", "--queue-name", "cli-queue").get("QueueUrl").asString();
    aws("sqs", "send-message", "--queue-url", url, "--message-body", "from the CLI");

    JsonNode message =
        aws("sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "1")
            .get("Messages")
            .get(0);
    assertThat(message.get("Body").asString()).isEqualTo("from the CLI");
    aws(
        "sqs",
        "delete-message",
        "--queue-url",
        url,
        "--receipt-handle",
        message.get("ReceiptHandle").asString());

    JsonNode attributes =
        aws("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "All")
            .get("Attributes");
    assertThat(attributes.get("ApproximateNumberOfMessages").asString()).isEqualTo("0");
    assertThat(attributes.get("ApproximateNumberOfMessagesNotVisible").asString()).isEqualTo("0");
    assertThat(aws("sqs", "list-queues").get("QueueUrls").get(0).asString()).isEqualTo(url);
  }

  @Test
  void aMissingQueueIsNamedByItsQueryCode() {
    AwsCli.Result result =
        AwsCli.run(
            sandbox, sandbox.adminCredentials(), "sqs", "get-queue-url", "--queue-name", "ghost");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("AWS.SimpleQueueService.NonExistentQueue");
  }
}
