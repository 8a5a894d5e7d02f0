package io.firedrill.sandbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.sqs.SqsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.FilterAction;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A finding a suppression rule archives is not put on the bus; the others still are. */
class ArchivedFindingEventsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aSuppressedFindingNeverReachesARuleWhileAnotherFindingDoes() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        EventBridgeClient events = EventsClients.of(sandbox, sandbox.adminCredentials());
        SqsClient sqs = SqsClients.of(sandbox, sandbox.adminCredentials());
        GuardDutyClient guardDuty =
            GuardDutyClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
      String url = sqs.createQueue(r -> r.queueName("findings")).queueUrl();
      sqs.setQueueAttributes(
          r ->
              r.queueUrl(url)
                  .attributes(
                      Map.of(QueueAttributeName.POLICY, EventsClients.eventBridgeMaySend())));
      String queueArn =
          sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributesAsStrings()
              .get("QueueArn");
      events.putRule(
          r ->
              r.name("findings")
                  .eventPattern(
                      "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"]}")
                  .state("ENABLED"));
      events.putTargets(r -> r.rule("findings").targets(t -> t.id("q").arn(queueArn)));
      String detector = guardDuty.createDetector(r -> r.enable(true)).detectorId();
      guardDuty.createFilter(
          f ->
              f.detectorId(detector)
                  .name("quiet-ops")
                  .action(FilterAction.ARCHIVE)
                  .findingCriteria(
                      c ->
                          c.criterion(
                              Map.of(
                                  "resource.accessKeyDetails.userName",
                                  Condition.builder().equalsValue("ops-quiet").build()))));

      stopATrailAs(sandbox, "ops-quiet");
      stopATrailAs(sandbox, "mallory");
      List<String> users = new ArrayList<>();
      while (!users.contains("mallory")) {
        for (Message message :
            sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20).maxNumberOfMessages(10))
                .messages()) {
          JsonNode event = JSON.readTree(message.body());
          users.add(event.at("/detail/resource/accessKeyDetails/userName").asString());
        }
      }
      List<String> archived =
          guardDuty
              .listFindings(
                  l ->
                      l.detectorId(detector)
                          .findingCriteria(
                              c ->
                                  c.criterion(
                                      Map.of(
                                          "service.archived",
                                          Condition.builder().equalsValue("true").build()))))
              .findingIds();

      List<String> archivedUsers =
          guardDuty
              .getFindings(g -> g.detectorId(detector).findingIds(archived))
              .findings()
              .stream()
              .map(f -> f.resource().accessKeyDetails().userName())
              .distinct()
              .toList();

      // The suppressed findings exist, archived; they were raised before mallory's, which came.
      assertThat(archivedUsers).containsExactly("ops-quiet");
      // (The admin who made their users raised findings of its own, which reach the rule too.)
      assertThat(users).contains("mallory").doesNotContain("ops-quiet");
    }
  }

  private static void stopATrailAs(Sandbox sandbox, String user) {
    AwsBasicCredentials key = SandboxClients.newAdmin(sandbox, user);
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, key)) {
      cloudTrail.createTrail(c -> c.name(user + "-trail").s3BucketName("logs"));
      cloudTrail.stopLogging(s -> s.name(user + "-trail"));
    }
  }
}
