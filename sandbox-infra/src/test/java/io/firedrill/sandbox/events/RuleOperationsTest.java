package io.firedrill.sandbox.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.DescribeRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** Rules, targets and tags on the default bus, through the real SDK client. */
class RuleOperationsTest {

  private static final String STOP_LOGGING =
      "{\"source\":[\"aws.cloudtrail\"],\"detail\":{\"eventName\":[\"StopLogging\"]}}";

  private static Sandbox sandbox;
  private static EventBridgeClient events;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    events = EventsClients.of(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    events.close();
    sandbox.close();
  }

  @Test
  void aRuleIsPutDescribedDisabledEnabledAndListed() {
    String arn =
        events
            .putRule(r -> r.name("stop-logging").eventPattern(STOP_LOGGING).description("watch"))
            .ruleArn();
    assertThat(arn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/stop-logging");

    events.disableRule(r -> r.name("stop-logging"));
    DescribeRuleResponse disabled = events.describeRule(r -> r.name("stop-logging"));
    assertThat(disabled.state()).isEqualTo(RuleState.DISABLED);
    assertThat(disabled.eventPattern()).isEqualTo(STOP_LOGGING);
    assertThat(disabled.description()).isEqualTo("watch");
    assertThat(disabled.eventBusName()).isEqualTo("default");
    events.enableRule(r -> r.name("stop-logging"));
    assertThat(events.describeRule(r -> r.name("stop-logging")).state())
        .isEqualTo(RuleState.ENABLED);

    events.putRule(r -> r.name("stop-other").eventPattern(STOP_LOGGING));
    assertThat(events.listRules(r -> r.namePrefix("stop-")).rules())
        .extracting(Rule::name)
        .containsExactly("stop-logging", "stop-other");
    var page = events.listRules(r -> r.namePrefix("stop-").limit(1));
    assertThat(page.rules()).extracting(Rule::name).containsExactly("stop-logging");
    assertThat(events.listRules(r -> r.namePrefix("stop-").nextToken(page.nextToken())).rules())
        .extracting(Rule::name)
        .containsExactly("stop-other");
  }

  @Test
  void putRuleIsRecordedInCloudTrailAsAwsRecordsIt() {
    events.putRule(
        r -> r.name("recorded-rule").eventPattern(STOP_LOGGING).state(RuleState.DISABLED));
    try (var cloudTrail =
        io.firedrill.sandbox.SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      String json =
          cloudTrail
              .lookupEvents(
                  r ->
                      r.lookupAttributes(
                          a ->
                              a.attributeKey(
                                      software.amazon.awssdk.services.cloudtrail.model
                                          .LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("PutRule")))
              .events()
              .stream()
              .map(e -> e.cloudTrailEvent())
              .filter(text -> text.contains("\"recorded-rule\""))
              .findFirst()
              .orElseThrow();
      var record = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
      assertThat(record.get("eventSource").asString()).isEqualTo("events.amazonaws.com");
      assertThat(record.at("/requestParameters/name").asString()).isEqualTo("recorded-rule");
      assertThat(record.at("/requestParameters/state").asString()).isEqualTo("DISABLED");
      assertThat(record.at("/responseElements/ruleArn").asString())
          .isEqualTo("arn:aws:events:us-east-1:000000000000:rule/recorded-rule");
    }
  }

  @Test
  void anInvalidPatternIsRefused() {
    assertThatThrownBy(
            () -> events.putRule(r -> r.name("broken").eventPattern("{\"source\":\"aws.ec2\"}")))
        .isInstanceOf(InvalidEventPatternException.class)
        .hasMessageContaining("Event pattern is not valid");
    assertThatThrownBy(() -> events.describeRule(r -> r.name("broken")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void targetsArePutListedAndRemovedAndHoldARuleInPlace() {
    events.putRule(r -> r.name("with-targets").eventPattern(STOP_LOGGING));
    var put =
        events.putTargets(
            r ->
                r.rule("with-targets")
                    .targets(
                        Target.builder()
                            .id("queue")
                            .arn("arn:aws:sqs:us-east-1:000000000000:alerts")
                            .build(),
                        Target.builder()
                            .id("hook")
                            .arn("http://127.0.0.1:9/hook")
                            .inputPath("$.detail")
                            .build()));
    assertThat(put.failedEntryCount()).isZero();
    assertThat(events.listTargetsByRule(r -> r.rule("with-targets")).targets())
        .extracting(Target::id, Target::inputPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("queue", null),
            org.assertj.core.groups.Tuple.tuple("hook", "$.detail"));

    assertThatThrownBy(() -> events.deleteRule(r -> r.name("with-targets")))
        .isInstanceOf(EventBridgeException.class)
        .hasMessageContaining("has targets");
    events.removeTargets(r -> r.rule("with-targets").ids("queue", "hook"));
    events.deleteRule(r -> r.name("with-targets"));
    assertThatThrownBy(() -> events.listTargetsByRule(r -> r.rule("with-targets")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void rulesAreTaggedByArn() {
    String arn =
        events
            .putRule(
                r ->
                    r.name("tagged")
                        .eventPattern(STOP_LOGGING)
                        .tags(t -> t.key("team").value("blue")))
            .ruleArn();
    events.tagResource(r -> r.resourceARN(arn).tags(t -> t.key("env").value("drill")));
    events.untagResource(r -> r.resourceARN(arn).tagKeys("team"));

    assertThat(events.listTagsForResource(r -> r.resourceARN(arn)).tags())
        .extracting(t -> t.key() + "=" + t.value())
        .containsExactly("env=drill");
    assertThatThrownBy(
            () ->
                events.listTagsForResource(
                    r -> r.resourceARN("arn:aws:events:us-east-1:000000000000:rule/none")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void testEventPatternMatchesWithEventRuler() {
    String event =
        "{\"id\":\"1\",\"source\":\"aws.cloudtrail\",\"detail-type\":\"x\",\"account\":\"000000000000\","
            + "\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
            + "\"detail\":{\"eventName\":\"StopLogging\"}}";
    assertThat(events.testEventPattern(r -> r.eventPattern(STOP_LOGGING).event(event)).result())
        .isTrue();
    assertThat(
            events
                .testEventPattern(
                    r ->
                        r.eventPattern(STOP_LOGGING.replace("StopLogging", "DeleteTrail"))
                            .event(event))
                .result())
        .isFalse();
  }
}
