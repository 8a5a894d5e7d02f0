package io.firedrill.sandbox.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.InvalidAttributeNameException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SqsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Queues through the real SDK client: create, find, list, attributes, tags, delete, errors. */
class QueueOperationsTest {

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

  @Test
  void createQueueAnswersAUrlOnTheSandboxAndIsIdempotent() {
    String url =
        sqs.createQueue(
                r ->
                    r.queueName("orders")
                        .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45")))
            .queueUrl();

    assertThat(url).isEqualTo(sandbox.endpoint() + "/000000000000/orders");
    assertThat(
            sqs.createQueue(
                    r ->
                        r.queueName("orders")
                            .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "45")))
                .queueUrl())
        .isEqualTo(url);
    assertThatThrownBy(
            () ->
                sqs.createQueue(
                    r ->
                        r.queueName("orders")
                            .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "60"))))
        .isInstanceOf(QueueNameExistsException.class);
    assertThat(sqs.getQueueUrl(r -> r.queueName("orders")).queueUrl()).isEqualTo(url);
  }

  @Test
  void aMissingQueueIsQueueDoesNotExistWithItsQueryCode() {
    assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName("no-such-queue")))
        .isInstanceOf(QueueDoesNotExistException.class)
        .satisfies(
            e ->
                assertThat(((SqsException) e).awsErrorDetails().errorCode())
                    .isEqualTo("AWS.SimpleQueueService.NonExistentQueue"));
  }

  @Test
  void attributesHaveAwsDefaultsCountsAndTheArn() {
    String url = sqs.createQueue(r -> r.queueName("attrs")).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("one"));
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
            + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}]}";
    sqs.setQueueAttributes(
        r ->
            r.queueUrl(url)
                .attributes(
                    Map.of(
                        QueueAttributeName.POLICY,
                        policy,
                        QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS,
                        "5")));

    Map<String, String> all =
        sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
            .attributesAsStrings();

    assertThat(all)
        .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:attrs")
        .containsEntry("VisibilityTimeout", "30")
        .containsEntry("ReceiveMessageWaitTimeSeconds", "5")
        .containsEntry("ApproximateNumberOfMessages", "1")
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0")
        .containsEntry("Policy", policy)
        .containsKey("CreatedTimestamp");
    assertThat(
            sqs.getQueueAttributes(
                    r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributesAsStrings())
        .containsOnlyKeys("QueueArn");
    assertThatThrownBy(
            () ->
                sqs.setQueueAttributes(
                    r ->
                        r.queueUrl(url)
                            .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "99999"))))
        .isInstanceOf(SqsException.class)
        .hasMessageContaining("Invalid value for the parameter VisibilityTimeout");
    assertThatThrownBy(
            () ->
                sqs.setQueueAttributes(
                    r -> r.queueUrl(url).attributesWithStrings(Map.of("Colour", "blue"))))
        .isInstanceOf(InvalidAttributeNameException.class);
  }

  @Test
  void listQueuesFiltersByPrefixAndPages() {
    for (String name : List.of("page-a", "page-b", "page-c")) {
      sqs.createQueue(r -> r.queueName(name));
    }

    var first = sqs.listQueues(r -> r.queueNamePrefix("page-").maxResults(2));
    var second =
        sqs.listQueues(r -> r.queueNamePrefix("page-").maxResults(2).nextToken(first.nextToken()));

    assertThat(first.queueUrls()).hasSize(2).allMatch(u -> u.contains("/page-"));
    assertThat(second.queueUrls()).containsExactly(sandbox.endpoint() + "/000000000000/page-c");
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void tagsAreSetOnCreateAddedAndRemoved() {
    String url =
        sqs.createQueue(r -> r.queueName("tagged").tags(Map.of("team", "blue"))).queueUrl();
    sqs.tagQueue(r -> r.queueUrl(url).tags(Map.of("env", "drill")));
    sqs.untagQueue(r -> r.queueUrl(url).tagKeys("team"));

    assertThat(sqs.listQueueTags(r -> r.queueUrl(url)).tags())
        .containsExactly(Map.entry("env", "drill"));
  }

  @Test
  void deleteQueueRemovesItAndPurgeEmptiesIt() {
    String url = sqs.createQueue(r -> r.queueName("doomed")).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("x"));
    sqs.purgeQueue(r -> r.queueUrl(url));
    assertThat(
            sqs.getQueueAttributes(
                    r ->
                        r.queueUrl(url)
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributesAsStrings())
        .containsEntry("ApproximateNumberOfMessages", "0");
    assertThatThrownBy(() -> sqs.purgeQueue(r -> r.queueUrl(url)))
        .isInstanceOf(SqsException.class)
        .hasMessageContaining("Only one PurgeQueue operation");

    sqs.deleteQueue(r -> r.queueUrl(url));

    assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x")))
        .isInstanceOf(QueueDoesNotExistException.class);
  }

  @Test
  void managementCallsAreRecordedAndMessageCallsAreNot() {
    AwsBasicCredentials ops = SandboxClients.newAdmin(sandbox, "queue-admin");
    try (SqsClient client = SqsClients.of(sandbox, ops);
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      String url =
          client
              .createQueue(
                  r ->
                      r.queueName("recorded")
                          .attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "0")))
              .queueUrl();
      client.sendMessage(r -> r.queueUrl(url).messageBody("secret payload"));
      client.receiveMessage(r -> r.queueUrl(url));

      List<Event> events =
          cloudTrail
              .lookupEvents(
                  r ->
                      r.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.USERNAME)
                                  .attributeValue("queue-admin")))
              .events();

      assertThat(events).extracting(Event::eventName).containsExactly("CreateQueue");
      JsonNode record = JsonMapper.builder().build().readTree(events.get(0).cloudTrailEvent());
      assertThat(record.get("eventSource").asString()).isEqualTo("sqs.amazonaws.com");
      assertThat(record.at("/requestParameters/queueName").asString()).isEqualTo("recorded");
      assertThat(record.at("/requestParameters/attributes/DelaySeconds").asString()).isEqualTo("0");
      assertThat(record.at("/responseElements/queueUrl").asString()).isEqualTo(url);
    }
  }

  @Test
  void aUserWithoutPermissionIsDeniedOnTheQueueArn() {
    AwsBasicCredentials nobody = SandboxClients.newUser(sandbox, "sqs-nobody");
    try (SqsClient client = SqsClients.of(sandbox, nobody)) {
      assertThatThrownBy(() -> client.createQueue(r -> r.queueName("forbidden")))
          .isInstanceOf(SqsException.class)
          .hasMessageContaining("sqs:CreateQueue")
          .hasMessageContaining("arn:aws:sqs:us-east-1:000000000000:forbidden");
    }
  }
}
