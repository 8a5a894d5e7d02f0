package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.wire.JsonInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The account's queues by name. Queue URLs are {@code <sandbox endpoint>/<account>/<name>}; a URL
 * names its queue by its path alone, so a URL handed out before a restart on another port still
 * works.
 */
final class Queues {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private final String accountId;
  private final Map<String, Queue> byName = new TreeMap<>();
  private volatile URI endpoint = URI.create("http://127.0.0.1:4566");

  Queues(String accountId) {
    this.accountId = accountId;
  }

  String accountId() {
    return accountId;
  }

  void endpoint(URI base) {
    this.endpoint = base;
  }

  String url(Queue queue) {
    return endpoint.toString().replaceAll("/+$", "") + "/" + accountId + "/" + queue.name;
  }

  static void checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw SqsErrors.missing("QueueName");
    }
    if (name.endsWith(".fifo")) {
      throw SqsErrors.invalidParameter("The sandbox does not emulate FIFO queues.");
    }
    if (!NAME.matcher(name).matches()) {
      throw SqsErrors.invalidParameter(
          "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
  }

  synchronized Queue get(String name) {
    return byName.get(name);
  }

  synchronized void put(Queue queue) {
    byName.put(queue.name, queue);
  }

  synchronized void remove(Queue queue) {
    byName.remove(queue.name, queue);
    queue.markDeleted();
  }

  synchronized List<Queue> all() {
    return new ArrayList<>(byName.values());
  }

  /** The queue a request's {@code QueueUrl} names. */
  Queue byUrl(JsonNode input) {
    String url = JsonInput.string(input, "QueueUrl");
    if (url == null || url.isEmpty()) {
      throw SqsErrors.missing("QueueUrl");
    }
    Queue queue = named(url);
    if (queue == null) {
      throw SqsErrors.noQueue();
    }
    return queue;
  }

  /** The queue {@code url} names in this account, or null. */
  Queue named(String url) {
    String[] path = pathOf(url);
    if (path.length < 2 || !path[path.length - 2].equals(accountId)) {
      return null;
    }
    return get(path[path.length - 1]);
  }

  /** The queue an ARN ({@code arn:aws:sqs:region:account:name}) names, or null. */
  Queue byArn(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[2].equals("sqs") || !parts[4].equals(accountId)) {
      return null;
    }
    return get(parts[5]);
  }

  /** The queue name in a URL, or {@code *} when it has none; for naming the resource early. */
  static String nameIn(String url) {
    String[] path = pathOf(url);
    return path.length == 0 ? "*" : path[path.length - 1];
  }

  private static String[] pathOf(String url) {
    String path;
    try {
      path = url.contains("://") ? URI.create(url).getPath() : url;
    } catch (IllegalArgumentException e) {
      throw new AwsException(400, "InvalidAddress", "The address " + url + " is not valid.");
    }
    return path == null ? new String[0] : path.replaceAll("^/+|/+$", "").split("/");
  }
}
