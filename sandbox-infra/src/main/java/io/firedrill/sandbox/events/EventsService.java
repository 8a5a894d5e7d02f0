package io.firedrill.sandbox.events;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.guardduty.GuardDutyService;
import io.firedrill.sandbox.sqs.SqsService;
import io.firedrill.sandbox.wire.Json;
import io.firedrill.sandbox.wire.JsonInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * EventBridge's default bus: the API, and the events AWS services put on the bus, delivered to the
 * targets of the rules they match.
 */
public final class EventsService {

  /** The event source of EventBridge's CloudTrail records. */
  public static final String EVENT_SOURCE = "events.amazonaws.com";

  private final String accountId;
  private final Clock clock;
  private final Rules rules = new Rules();
  private final RuleOperations ruleOps;
  private final Dispatcher dispatcher;

  /**
   * A bus that receives every management call {@code history} records and every finding {@code
   * guardDuty} raises or updates, and delivers to queues of {@code sqs}.
   */
  public EventsService(
      String accountId,
      Clock clock,
      EventHistory history,
      GuardDutyService guardDuty,
      SqsService sqs) {
    this.accountId = accountId;
    this.clock = clock;
    this.ruleOps = new RuleOperations(rules, accountId);
    this.dispatcher = new Dispatcher(rules, sqs);
    // PutEvents is a CloudTrail data event: recording it would put an event per event on the bus.
    history.dataEvents(EVENT_SOURCE, Set.of("PutEvents"));
    history.subscribeRecords(this::called);
    guardDuty.onFinding(this::found);
  }

  // Without rules nothing can match: the recording thread is spared the parse.
  private void called(CallRecord call, String recordJson) {
    if (rules.isEmpty()) {
      return;
    }
    JsonNode record = Json.MAPPER.readTree(recordJson);
    dispatcher.publish(Envelopes.cloudTrail(record), call.readOnly(), Duration.ZERO);
  }

  // A finding archived as it is raised or updated (a suppression rule matched it, or it had been
  // archived) stays off the bus: AWS sends suppressed findings to no integrated service.
  private void found(Instant visibleAt, ObjectNode finding) {
    if (rules.isEmpty() || finding.at("/service/archived").asBoolean(false)) {
      return;
    }
    Duration wait = Duration.between(clock.instant(), visibleAt);
    dispatcher.publish(Envelopes.guardDuty(finding), false, wait);
  }

  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "events",
        EVENT_SOURCE,
        Protocol.JSON,
        "AWSEvents",
        "2015-10-07",
        List.of(
            Operation.write("PutRule", ruleOps::putRule).on(this::ruleArn),
            Operation.read("DescribeRule", ruleOps::describeRule).on(this::ruleArn),
            Operation.read("ListRules", ruleOps::listRules),
            Operation.write("DeleteRule", ruleOps::deleteRule).on(this::ruleArn),
            Operation.write("EnableRule", call -> ruleOps.setState(call, Rule.ENABLED))
                .on(this::ruleArn),
            Operation.write("DisableRule", call -> ruleOps.setState(call, Rule.DISABLED))
                .on(this::ruleArn),
            Operation.write("PutTargets", ruleOps::putTargets).on(this::ruleArn),
            Operation.read("ListTargetsByRule", ruleOps::listTargets).on(this::ruleArn),
            Operation.write("RemoveTargets", ruleOps::removeTargets).on(this::ruleArn),
            Operation.write("TagResource", ruleOps::tag).on(EventsService::resourceArn),
            Operation.write("UntagResource", ruleOps::untag).on(EventsService::resourceArn),
            Operation.read("ListTagsForResource", ruleOps::listTags).on(EventsService::resourceArn),
            Operation.read("TestEventPattern", ruleOps::testPattern),
            Operation.write("PutEvents", this::putEvents).on(this::busArn)));
  }

  /** Custom events from a caller; their sources may not pose as AWS services ({@code aws.}). */
  private Outcome putEvents(ApiCall call) {
    JsonNode entries = JsonInput.array(call.json(), "Entries");
    if (entries == null || entries.isEmpty() || entries.size() > 10) {
      throw EventsErrors.validation("Entries must hold between 1 and 10 entries.");
    }
    ObjectNode out = Json.object();
    ArrayNode results = Json.MAPPER.createArrayNode();
    int failed = 0;
    for (JsonNode entry : entries) {
      ObjectNode result = results.addObject();
      String problem = problem(entry);
      if (problem != null) {
        failed++;
        String[] parts = problem.split(":", 2);
        result.put("ErrorCode", parts[0]).put("ErrorMessage", parts[1]);
        continue;
      }
      Instant time = JsonInput.timestamp(entry, "Time");
      ObjectNode event =
          Envelopes.of(
              entry.get("DetailType").asString(),
              entry.get("Source").asString(),
              accountId,
              time == null ? clock.instant() : time,
              call.region(),
              entry.hasNonNull("Resources") ? entry.get("Resources") : null,
              Json.MAPPER.readTree(entry.get("Detail").asString()));
      result.put("EventId", event.get("id").asString());
      dispatcher.publish(event, false, Duration.ZERO);
    }
    out.put("FailedEntryCount", failed);
    out.set("Entries", results);
    return Outcome.json(out);
  }

  // "Code:message" of an entry PutEvents refuses, or null.
  private static String problem(JsonNode entry) {
    String bus = entry.path("EventBusName").asString(null);
    if (bus != null && !isDefaultBus(bus)) {
      return "ResourceNotFoundException:Event bus " + bus + " does not exist.";
    }
    String source = entry.path("Source").asString("");
    if (source.isEmpty()) {
      return "InvalidArgument:Parameter Source is not valid. Reason: Source is a required"
          + " argument.";
    }
    if (source.startsWith("aws.")) {
      return "NotAuthorizedForSourceException:Not authorized for the source.";
    }
    if (entry.path("DetailType").asString("").isEmpty()) {
      return "InvalidArgument:Parameter DetailType is not valid. Reason: DetailType is a required"
          + " argument.";
    }
    try {
      if (!Json.MAPPER.readTree(entry.path("Detail").asString("")).isObject()) {
        return "MalformedDetail:Detail is malformed.";
      }
    } catch (JacksonException e) {
      return "MalformedDetail:Detail is malformed.";
    }
    return null;
  }

  /** Only the default bus exists. */
  static void checkBus(JsonNode input) {
    String bus = JsonInput.string(input, "EventBusName");
    if (bus != null && !isDefaultBus(bus)) {
      throw EventsErrors.noBus(bus);
    }
  }

  private static boolean isDefaultBus(String bus) {
    return bus.equals("default") || bus.matches("arn:aws:events:[^:]+:\\d{12}:event-bus/default");
  }

  private String ruleArn(ApiCall call) {
    JsonNode name = call.json().has("Name") ? call.json().get("Name") : call.json().get("Rule");
    return name == null || !name.isString()
        ? "*"
        : "arn:aws:events:" + call.region() + ":" + accountId + ":rule/" + name.asString();
  }

  private String busArn(ApiCall call) {
    return "arn:aws:events:" + call.region() + ":" + accountId + ":event-bus/default";
  }

  private static String resourceArn(ApiCall call) {
    JsonNode arn = call.json().get("ResourceARN");
    return arn == null || !arn.isString() ? "*" : arn.asString();
  }

  /** The rules and their targets, to persist across a restart. */
  public EventsState snapshot() {
    return rules.snapshot();
  }

  /** Replaces every rule with those {@code state} holds. */
  public void restore(EventsState state) {
    rules.restore(state);
  }
}
