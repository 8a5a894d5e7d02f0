package io.firedrill.sandbox.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchEntryIdsNotDistinctException;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.InvalidMessageContentsException;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageNotInflightException;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Messages through the real SDK client, which checks every MD5 the sandbox answers with: send,
 * batches, receive with visibility timeouts and long polling, delete, visibility changes.
 */
class MessageOperationsTest {

  private static Sandbox sandbox;
  private static SqsClient sqs;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    sqs = SqsClients.of(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    sqs.close();
    sandbox.close();
  }

  private static String queue(String name) {
    return sqs.createQueue(r -> r.queueName(name)).queueUrl();
  }

  @Test
  void aMessageWithAttributesArrivesWhole() {
    String url = queue("whole");
    Map<String, MessageAttributeValue> attributes =
        Map.of(
            "kind", MessageAttributeValue.builder().dataType("String").stringValue("alert").build(),
            "level", MessageAttributeValue.builder().dataType("Number").stringValue("7").build(),
            "raw",
                MessageAttributeValue.builder()
                    .dataType("Binary")
                    .binaryValue(SdkBytes.fromUtf8String("\u0001bytes"))
                    .build());
    String body = "line one\r\nline two: caf\u00e9 \ud83d\udd25";

    var sent =
        sqs.sendMessage(r -> r.queueUrl(url).messageBody(body).messageAttributes(attributes));
    List<Message> received =
        sqs.receiveMessage(
                r ->
                    r.queueUrl(url)
                        .messageAttributeNames("All")
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
            .messages();

    assertThat(received).hasSize(1);
    Message message = received.get(0);
    assertThat(message.messageId()).isEqualTo(sent.messageId());
    assertThat(message.body()).isEqualTo(body);
    assertThat(message.md5OfBody()).isEqualTo(sent.md5OfMessageBody());
    assertThat(message.messageAttributes()).isEqualTo(attributes);
    assertThat(message.attributesAsStrings())
        .containsEntry("ApproximateReceiveCount", "1")
        .containsKeys("SenderId", "SentTimestamp", "ApproximateFirstReceiveTimestamp");
  }

  @Test
  void aReceivedMessageIsHiddenUntilItsVisibilityTimeoutAndGoneOnceDeleted() {
    String url = queue("visibility");
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("job"));

    Message first = sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);
    Message again =
        sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(60)).messages().get(0);
    assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(again.receiptHandle()).isNotEqualTo(first.receiptHandle());
    assertThat(again.attributesAsStrings()).isEmpty();

    sqs.changeMessageVisibility(
        r -> r.queueUrl(url).receiptHandle(again.receiptHandle()).visibilityTimeout(0));
    Message third = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);
    sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(third.receiptHandle()));

    assertThatThrownBy(
            () ->
                sqs.changeMessageVisibility(
                    r -> r.queueUrl(url).receiptHandle(third.receiptHandle()).visibilityTimeout(0)))
        .isInstanceOf(MessageNotInflightException.class);
    assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
  }

  @Test
  void changingTheVisibilityOfAMessageNotInFlightFails() {
    String url = queue("not-in-flight");
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("job"));
    Message message =
        sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(0)).messages().get(0);

    assertThatThrownBy(
            () ->
                sqs.changeMessageVisibility(
                    r ->
                        r.queueUrl(url)
                            .receiptHandle(message.receiptHandle())
                            .visibilityTimeout(5)))
        .isInstanceOf(MessageNotInflightException.class);
    assertThatThrownBy(() -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle("garbage!")))
        .isInstanceOf(ReceiptHandleIsInvalidException.class);
  }

  @Test
  void batchesSendAndDeleteEachEntryAndReportTheFailedOnes() {
    String url = queue("batch");
    SendMessageBatchResponse sent =
        sqs.sendMessageBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        SendMessageBatchRequestEntry.builder().id("a").messageBody("alpha").build(),
                        SendMessageBatchRequestEntry.builder().id("b").messageBody("beta").build(),
                        SendMessageBatchRequestEntry.builder()
                            .id("bad")
                            .messageBody("nul \u0000 inside")
                            .build()));

    assertThat(sent.successful()).extracting(e -> e.id()).containsExactly("a", "b");
    assertThat(sent.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("bad");
              assertThat(f.code()).isEqualTo("InvalidMessageContents");
              assertThat(f.senderFault()).isTrue();
            });

    List<Message> received =
        sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
    assertThat(received).extracting(Message::body).containsExactly("alpha", "beta");
    var deleted =
        sqs.deleteMessageBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        DeleteMessageBatchRequestEntry.builder()
                            .id("one")
                            .receiptHandle(received.get(0).receiptHandle())
                            .build(),
                        DeleteMessageBatchRequestEntry.builder()
                            .id("two")
                            .receiptHandle("not-a-handle")
                            .build()));
    assertThat(deleted.successful()).extracting(e -> e.id()).containsExactly("one");
    assertThat(deleted.failed())
        .extracting(f -> f.code())
        .containsExactly("ReceiptHandleIsInvalid");
    assertThatThrownBy(
            () ->
                sqs.sendMessageBatch(
                    r ->
                        r.queueUrl(url)
                            .entries(
                                SendMessageBatchRequestEntry.builder()
                                    .id("x")
                                    .messageBody("1")
                                    .build(),
                                SendMessageBatchRequestEntry.builder()
                                    .id("x")
                                    .messageBody("2")
                                    .build())))
        .isInstanceOf(BatchEntryIdsNotDistinctException.class);
    assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("\u0008")))
        .isInstanceOf(InvalidMessageContentsException.class);
  }

  @Test
  void aBatchOfVisibilityChangesReleasesMessagesAndReportsUnknownHandles() {
    String url = queue("visibility-batch");
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("held"));
    Message held =
        sqs.receiveMessage(r -> r.queueUrl(url).visibilityTimeout(600)).messages().get(0);

    var changed =
        sqs.changeMessageVisibilityBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        e ->
                            e.id("release")
                                .receiptHandle(held.receiptHandle())
                                .visibilityTimeout(0),
                        e -> e.id("junk").receiptHandle("junk").visibilityTimeout(0)));

    assertThat(changed.successful()).extracting(e -> e.id()).containsExactly("release");
    assertThat(changed.failed()).extracting(f -> f.id()).containsExactly("junk");
    assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages())
        .extracting(Message::body)
        .containsExactly("held");
  }

  @Test
  void aLongPollReturnsAsSoonAsAMessageArrives() throws Exception {
    String url = queue("long-poll");
    CompletableFuture<List<Message>> waiting =
        CompletableFuture.supplyAsync(
            () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages());

    sqs.sendMessage(r -> r.queueUrl(url).messageBody("wake up"));

    assertThat(waiting.get(15, TimeUnit.SECONDS))
        .extracting(Message::body)
        .containsExactly("wake up");
  }

  /**
   * More receivers wait at once than the server has core threads: were they to hold up other
   * requests, the sends would wait behind them and every receiver would time out empty.
   */
  @Test
  void waitingReceiversDoNotHoldUpOtherRequests() throws Exception {
    int receivers = 12;
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < receivers; i++) {
      urls.add(queue("waiting-" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(receivers);
    try {
      List<CompletableFuture<List<Message>>> waiting = new ArrayList<>();
      for (String url : urls) {
        waiting.add(
            CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages(),
                pool));
      }
      for (String url : urls) {
        sqs.sendMessage(r -> r.queueUrl(url).messageBody("for " + url));
      }
      for (int i = 0; i < receivers; i++) {
        assertThat(waiting.get(i).get(25, TimeUnit.SECONDS))
            .extracting(Message::body)
            .containsExactly("for " + urls.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDelayedMessageStaysHiddenForItsDelay() {
    String url = queue("delayed");
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("later").delaySeconds(600));

    assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
    assertThat(
            sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings("All"))
                .attributesAsStrings())
        .containsEntry("ApproximateNumberOfMessagesDelayed", "1");
  }
}
