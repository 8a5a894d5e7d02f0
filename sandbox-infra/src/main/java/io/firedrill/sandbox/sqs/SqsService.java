package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.wire.Json;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SQS, as two definitions of one service: awsJson1.0 and the query protocol, both signed as {@code
 * sqs}, which the gateway tells apart by the request's shape.
 */
public final class SqsService {

  /** The event source of SQS's CloudTrail records. */
  public static final String EVENT_SOURCE = "sqs.amazonaws.com";

  // CloudTrail data events on AWS: only trails with data event selectors see them.
  private static final Set<String> DATA_EVENTS =
      Set.of(
          "SendMessage",
          "SendMessageBatch",
          "ReceiveMessage",
          "DeleteMessage",
          "DeleteMessageBatch",
          "ChangeMessageVisibility",
          "ChangeMessageVisibilityBatch");

  /** What an operation does, on the awsJson request's shape. */
  @FunctionalInterface
  interface Work {
    ObjectNode run(ApiCall call, JsonNode input);
  }

  private final Queues queues;
  private final QueueOperations queueOps;
  private final MessageOperations messageOps;

  /** A service for {@code accountId}, whose message operations are kept out of {@code history}. */
  public SqsService(String accountId, Clock clock, EventHistory history) {
    this.queues = new Queues(accountId);
    this.queueOps = new QueueOperations(queues, Objects.requireNonNull(clock, "clock"));
    this.messageOps = new MessageOperations(queues, clock);
    history.dataEvents(EVENT_SOURCE, DATA_EVENTS);
  }

  /** Where the sandbox listens, the base of every queue URL; known once the server is bound. */
  public void endpoint(URI base) {
    queues.endpoint(base);
  }

  /** The awsJson1.0 definition and the query-protocol one. */
  public List<ServiceDefinition> definitions() {
    return List.of(definition(Protocol.JSON, "AmazonSQS"), definition(Protocol.QUERY, XMLNS));
  }

  static final String XMLNS = "http://queue.amazonaws.com/doc/2012-11-05/";

  private ServiceDefinition definition(Protocol protocol, String namespace) {
    boolean query = protocol == Protocol.QUERY;
    List<Operation> operations = new ArrayList<>();
    operations.add(write("CreateQueue", queueOps::create, query).on(this::byName));
    operations.add(read("GetQueueUrl", queueOps::getUrl, query).on(this::byName));
    operations.add(read("ListQueues", queueOps::list, query));
    operations.add(write("DeleteQueue", queueOps::delete, query).on(this::byUrl));
    operations.add(read("GetQueueAttributes", queueOps::getAttributes, query).on(this::byUrl));
    operations.add(write("SetQueueAttributes", queueOps::setAttributes, query).on(this::byUrl));
    operations.add(write("PurgeQueue", queueOps::purge, query).on(this::byUrl));
    operations.add(write("TagQueue", queueOps::tag, query).on(this::byUrl));
    operations.add(write("UntagQueue", queueOps::untag, query).on(this::byUrl));
    operations.add(read("ListQueueTags", queueOps::listTags, query).on(this::byUrl));
    operations.add(write("SendMessage", messageOps::send, query).on(this::byUrl));
    // A batch needs the permission of the one-message action: AWS has no batch actions in IAM.
    operations.add(
        write("SendMessageBatch", messageOps::sendBatch, query)
            .on(this::byUrl)
            .authorizedAs("SendMessage"));
    operations.add(write("ReceiveMessage", messageOps::receive, query).on(this::byUrl));
    operations.add(write("DeleteMessage", messageOps::delete, query).on(this::byUrl));
    operations.add(
        write("DeleteMessageBatch", messageOps::deleteBatch, query)
            .on(this::byUrl)
            .authorizedAs("DeleteMessage"));
    operations.add(
        write("ChangeMessageVisibility", messageOps::changeVisibility, query).on(this::byUrl));
    operations.add(
        write("ChangeMessageVisibilityBatch", messageOps::changeVisibilityBatch, query)
            .on(this::byUrl)
            .authorizedAs("ChangeMessageVisibility"));
    return ServiceDefinition.of("sqs", EVENT_SOURCE, protocol, namespace, "2012-11-05", operations);
  }

  private static Operation read(String name, Work work, boolean query) {
    return Operation.read(name, handler(name, work, query));
  }

  private static Operation write(String name, Work work, boolean query) {
    return Operation.write(name, handler(name, work, query));
  }

  private static Operation.Handler handler(String name, Work work, boolean query) {
    return call -> {
      JsonNode input = query ? QueryInput.of(call.params()) : call.json();
      ObjectNode output = work.run(call, input);
      Outcome outcome =
          (query ? Outcome.xml(QueryOutput.render(name, output)) : Outcome.json(output))
              .recordingRequest(recorded(input));
      if (name.equals("CreateQueue")) {
        ObjectNode elements = Json.object();
        elements.put("queueUrl", output.get("QueueUrl").asString());
        outcome = outcome.recording(elements);
      }
      return outcome;
    };
  }

  // CloudTrail records SQS's members with a lower-case first letter, and a map's keys as given.
  private static JsonNode recorded(JsonNode input) {
    ObjectNode out = Json.object();
    input
        .properties()
        .forEach(
            e ->
                out.set(
                    Character.toLowerCase(e.getKey().charAt(0)) + e.getKey().substring(1),
                    e.getValue()));
    return out.isEmpty() ? null : out;
  }

  private String byUrl(ApiCall call) {
    String url = member(call, "QueueUrl");
    return url == null ? "*" : arn(call, Queues.nameIn(url));
  }

  private String byName(ApiCall call) {
    String name = member(call, "QueueName");
    return name == null ? "*" : arn(call, name);
  }

  private String arn(ApiCall call, String name) {
    Queue queue = queues.get(name);
    return queue != null
        ? queue.arn()
        : "arn:aws:sqs:" + call.region() + ":" + queues.accountId() + ":" + name;
  }

  private static String member(ApiCall call, String name) {
    JsonNode value = call.json().get(name);
    return value != null && value.isString() ? value.asString() : call.param(name);
  }

  /**
   * Sends {@code body} to the queue {@code queueArn} names on behalf of an AWS service, as
   * EventBridge delivers to a target, if the queue's policy lets {@code servicePrincipal} send to
   * it from {@code sourceArn}.
   *
   * @return whether the message was delivered
   */
  public boolean deliver(String queueArn, String body, String servicePrincipal, String sourceArn) {
    Queue queue = queues.byArn(queueArn);
    if (queue == null
        || !QueuePolicy.allowsService(
            QueueAttributes.value(queue, QueueAttributes.POLICY),
            servicePrincipal,
            queue.arn(),
            sourceArn)) {
      return false;
    }
    ObjectNode input = Json.object();
    input.put("MessageBody", body);
    messageOps.send(queue, input, "AIDAIE6VAXUQU2DKHA7DK");
    return true;
  }

  /** The queues and their messages, to persist across a restart. */
  public SqsState snapshot() {
    return new SqsState(queues.all().stream().map(Queue::saved).toList());
  }

  /** Replaces every queue with those {@code state} holds. */
  public void restore(SqsState state) {
    for (Queue queue : queues.all()) {
      queues.remove(queue);
    }
    if (state != null) {
      state.queues().forEach(saved -> queues.put(Queue.restored(saved, queues.accountId())));
    }
  }
}
