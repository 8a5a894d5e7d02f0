package io.firedrill.sandbox.events;

import io.firedrill.sandbox.sqs.SqsService;
import io.firedrill.sandbox.wire.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers events to the targets of the rules they match, on a thread of its own, so that the call
 * that caused an event is answered without waiting for it. A target that cannot take an event (a
 * missing queue, a queue whose policy does not let EventBridge in, an HTTP endpoint that is down)
 * loses it, as on AWS without a dead-letter queue.
 */
final class Dispatcher {

  static final String PRINCIPAL = "events.amazonaws.com";

  private final Rules rules;
  private final SqsService sqs;
  private final ScheduledThreadPoolExecutor executor = newExecutor();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  // One thread, which ends when idle: a closed sandbox leaves none behind.
  private static ScheduledThreadPoolExecutor newExecutor() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "firedrill-events");
              thread.setDaemon(true);
              return thread;
            });
    executor.setKeepAliveTime(10, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  Dispatcher(Rules rules, SqsService sqs) {
    this.rules = rules;
    this.sqs = sqs;
  }

  /** Delivers {@code event} after {@code delay}; a read-only call's event reaches fewer rules. */
  void publish(ObjectNode event, boolean readOnlyCall, Duration delay) {
    Runnable delivery = () -> deliver(event, readOnlyCall);
    try {
      if (delay.isZero() || delay.isNegative()) {
        executor.execute(delivery);
      } else {
        executor.schedule(delivery, delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (RejectedExecutionException closed) {
      // The sandbox is closing; nothing is delivered any more.
    }
  }

  private void deliver(ObjectNode event, boolean readOnlyCall) {
    String json = Json.write(event);
    for (Rules.Match match : rules.matching(json, readOnlyCall)) {
      for (ObjectNode target : match.targets()) {
        try {
          send(target, input(target, event, json), match.ruleArn());
        } catch (RuntimeException lost) {
          // One target's failure is its own.
        }
      }
    }
  }

  private void send(ObjectNode target, String body, String ruleArn) {
    String arn = target.path("Arn").asString("");
    if (arn.startsWith("arn:aws:sqs:")) {
      sqs.deliver(arn, body, PRINCIPAL, ruleArn);
    } else if (arn.startsWith("http://") || arn.startsWith("https://")) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(arn))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("X-Firedrill-Rule-Arn", ruleArn)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
  }

  // What the target receives: the event, a constant (Input), or a part of it (InputPath, $.a.b).
  private static String input(ObjectNode target, ObjectNode event, String json) {
    if (target.hasNonNull("Input")) {
      return target.get("Input").asString();
    }
    if (target.hasNonNull("InputPath")) {
      String path = target.get("InputPath").asString();
      JsonNode part = event;
      if (path.startsWith("$")) {
        for (String step : path.substring(1).split("\\.")) {
          if (!step.isEmpty()) {
            part = part.path(step);
          }
        }
      }
      try {
        return part.isMissingNode() ? "null" : Json.write(part);
      } catch (JacksonException e) {
        return json;
      }
    }
    return json;
  }
}
