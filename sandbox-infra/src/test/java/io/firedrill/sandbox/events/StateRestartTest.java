package io.firedrill.sandbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.sqs.SqsClients;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Queues with their messages, and rules with their targets, survive a restart from the state. */
class StateRestartTest {

  @TempDir Path dir;

  @Test
  void queuesMessagesRulesAndTargetsAreRestored() {
    String oldUrl;
    try (Sandbox first = Sandbox.builder().port(0).stateDir(dir).start();
        SqsClient sqs = SqsClients.of(first, first.adminCredentials());
        EventBridgeClient events = EventsClients.of(first, first.adminCredentials())) {
      oldUrl =
          sqs.createQueue(
                  r ->
                      r.queueName("kept")
                          .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "42"))
                          .tags(Map.of("team", "blue")))
              .queueUrl();
      sqs.sendMessage(r -> r.queueUrl(oldUrl).messageBody("survives"));
      events.putRule(r -> r.name("kept-rule").eventPattern("{\"source\":[\"drill.kept\"]}"));
      events.putTargets(
          r ->
              r.rule("kept-rule")
                  .targets(t -> t.id("q").arn("arn:aws:sqs:us-east-1:000000000000:kept")));
    }

    try (Sandbox second = Sandbox.builder().port(0).stateDir(dir).start();
        SqsClient sqs = SqsClients.of(second, second.adminCredentials());
        EventBridgeClient events = EventsClients.of(second, second.adminCredentials())) {
      String url = sqs.getQueueUrl(r -> r.queueName("kept")).queueUrl();
      assertThat(url).isEqualTo(second.endpoint() + "/000000000000/kept");
      assertThat(sqs.receiveMessage(r -> r.queueUrl(oldUrl)).messages())
          .extracting(m -> m.body())
          .containsExactly("survives");
      assertThat(
              sqs.getQueueAttributes(
                      r -> r.queueUrl(url).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
                  .attributesAsStrings())
          .containsEntry("VisibilityTimeout", "42");
      assertThat(sqs.listQueueTags(r -> r.queueUrl(url)).tags()).containsEntry("team", "blue");
      assertThat(events.describeRule(r -> r.name("kept-rule")).eventPattern())
          .isEqualTo("{\"source\":[\"drill.kept\"]}");
      assertThat(events.listTargetsByRule(r -> r.rule("kept-rule")).targets())
          .extracting(t -> t.arn())
          .containsExactly("arn:aws:sqs:us-east-1:000000000000:kept");
    }
  }
}
