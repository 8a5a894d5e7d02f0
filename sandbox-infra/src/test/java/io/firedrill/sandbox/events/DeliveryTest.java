package io.firedrill.sandbox.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.sqs.SqsClients;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events reach the targets of the rules they match: CloudTrail's calls and GuardDuty's findings as
 * AWS puts them on the default bus, custom events from PutEvents; to SQS queues whose policy lets
 * EventBridge in, and to local HTTP endpoints.
 */
class DeliveryTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Sandbox sandbox;
  private static EventBridgeClient events;
  private static SqsClient sqs;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    events = EventsClients.of(sandbox, sandbox.adminCredentials());
    sqs = SqsClients.of(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    events.close();
    sqs.close();
    sandbox.close();
  }

  private static String queue(String name, boolean eventBridgeMaySend) {
    String url = sqs.createQueue(r -> r.queueName(name)).queueUrl();
    if (eventBridgeMaySend) {
      sqs.setQueueAttributes(
          r ->
              r.queueUrl(url)
                  .attributes(
                      Map.of(QueueAttributeName.POLICY, EventsClients.eventBridgeMaySend())));
    }
    return url;
  }

  private static String arn(String url) {
    return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributesAsStrings()
        .get("QueueArn");
  }

  private static void route(String rule, String pattern, RuleState state, String... targetArns) {
    events.putRule(r -> r.name(rule).eventPattern(pattern).state(state));
    for (int i = 0; i < targetArns.length; i++) {
      String id = "t" + i;
      String target = targetArns[i];
      events.putTargets(r -> r.rule(rule).targets(t -> t.id(id).arn(target)));
    }
  }

  private static List<Message> longPoll(String url) {
    return sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20).maxNumberOfMessages(10))
        .messages();
  }

  @Test
  void stopLoggingTravelsFromCloudTrailThroughARuleToALongPollingReader() {
    String url = queue("trail-alerts", true);
    String closed = queue("closed-queue", false);
    route(
        "trail-stopped",
        "{\"source\":[\"aws.cloudtrail\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
            + "\"detail\":{\"eventName\":[\"StopLogging\"]}}",
        RuleState.ENABLED,
        arn(closed),
        arn(url));
    AwsBasicCredentials intruder = SandboxClients.newAdmin(sandbox, "intruder");
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, intruder)) {
      cloudTrail.createTrail(c -> c.name("main").s3BucketName("logs"));
      cloudTrail.describeTrails();
      cloudTrail.stopLogging(s -> s.name("main"));

      List<Message> received = longPoll(url);

      assertThat(received).hasSize(1);
      JsonNode event = JSON.readTree(received.get(0).body());
      assertThat(event.propertyNames())
          .containsExactly(
              "version",
              "id",
              "detail-type",
              "source",
              "account",
              "time",
              "region",
              "resources",
              "detail");
      assertThat(event.get("version").asString()).isEqualTo("0");
      assertThat(event.get("detail-type").asString()).isEqualTo("AWS API Call via CloudTrail");
      assertThat(event.get("source").asString()).isEqualTo("aws.cloudtrail");
      assertThat(event.get("account").asString()).isEqualTo("000000000000");
      assertThat(event.get("region").asString()).isEqualTo("us-east-1");
      assertThat(event.at("/detail/eventName").asString()).isEqualTo("StopLogging");
      assertThat(event.at("/detail/userIdentity/userName").asString()).isEqualTo("intruder");
      String eventId =
          cloudTrail
              .lookupEvents(
                  r ->
                      r.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("StopLogging")))
              .events()
              .get(0)
              .eventId();
      assertThat(event.at("/detail/eventID").asString()).isEqualTo(eventId);
      // Delivered in order to both targets: the queue whose policy keeps EventBridge out has none.
      assertThat(sqs.receiveMessage(r -> r.queueUrl(closed)).messages()).isEmpty();
    }
  }

  @Test
  void readOnlyCallsReachOnlyRulesThatAskForAllManagementEvents() {
    String writes = queue("writes-only", true);
    String all = queue("all-management", true);
    String pattern =
        "{\"source\":[\"aws.iam\"],\"detail\":{\"eventName\":[\"GetUser\",\"CreateAccessKey\"]}}";
    route("iam-writes", pattern, RuleState.ENABLED, arn(writes));
    route("iam-all", pattern, RuleState.ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, arn(all));
    try (var iam = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(r -> r.userName("watched"));
      iam.getUser(r -> r.userName("watched"));
      iam.createAccessKey(r -> r.userName("watched"));
    }

    List<String> toAll = new java.util.ArrayList<>();
    while (toAll.size() < 2) {
      longPoll(all)
          .forEach(m -> toAll.add(JSON.readTree(m.body()).at("/detail/eventName").asString()));
    }
    assertThat(toAll).containsExactlyInAnyOrder("GetUser", "CreateAccessKey");
    assertThat(longPoll(writes))
        .extracting(m -> JSON.readTree(m.body()).at("/detail/eventName").asString())
        .containsExactly("CreateAccessKey");
  }

  @Test
  void aGuardDutyFindingIsPutOnTheBus() {
    String url = queue("findings", true);
    route(
        "findings",
        "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],"
            + "\"detail\":{\"type\":[{\"prefix\":\"Stealth:\"}]}}",
        RuleState.ENABLED,
        arn(url));
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (GuardDutyClient guardDuty =
            GuardDutyClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(
                    software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        sandbox.adminCredentials()))
                .httpClientBuilder(
                    software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .build();
        CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, mallory)) {
      guardDuty.createDetector(r -> r.enable(true));
      cloudTrail.createTrail(c -> c.name("mallory-trail").s3BucketName("logs"));
      cloudTrail.stopLogging(s -> s.name("mallory-trail"));

      JsonNode event = JSON.readTree(longPoll(url).get(0).body());

      assertThat(event.get("source").asString()).isEqualTo("aws.guardduty");
      assertThat(event.get("detail-type").asString()).isEqualTo("GuardDuty Finding");
      assertThat(event.at("/detail/type").asString())
          .isEqualTo("Stealth:IAMUser/CloudTrailLoggingDisabled");
      assertThat(event.at("/detail/resource/accessKeyDetails/userName").asString())
          .isEqualTo("mallory");
      assertThat(event.at("/detail/service/count").asInt()).isEqualTo(1);
      assertThat(event.at("/detail/service/additionalInfo").isObject()).isTrue();
      assertThat(event.get("time").asString()).endsWith("Z");
    }
  }

  @Test
  void customEventsReachALocalHttpEndpoint() throws Exception {
    CompletableFuture<String> posted = new CompletableFuture<>();
    HttpServer hook =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext(
        "/hook",
        exchange -> {
          posted.complete(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    hook.start();
    try {
      route(
          "to-hook",
          "{\"source\":[\"drill.app\"]}",
          RuleState.ENABLED,
          "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");

      PutEventsResponse put =
          events.putEvents(
              r ->
                  r.entries(
                      e -> e.source("drill.app").detailType("Order").detail("{\"id\":7}"),
                      e -> e.source("aws.ec2").detailType("Spoof").detail("{}"),
                      e -> e.source("drill.app").detailType("Bad").detail("not json")));

      assertThat(put.failedEntryCount()).isEqualTo(2);
      assertThat(put.entries().get(1).errorCode()).isEqualTo("NotAuthorizedForSourceException");
      assertThat(put.entries().get(2).errorCode()).isEqualTo("MalformedDetail");
      JsonNode event = JSON.readTree(posted.get(20, TimeUnit.SECONDS));
      assertThat(event.get("id").asString()).isEqualTo(put.entries().get(0).eventId());
      assertThat(event.get("detail-type").asString()).isEqualTo("Order");
      assertThat(event.at("/detail/id").asInt()).isEqualTo(7);
    } finally {
      hook.stop(0);
    }
  }
}
