package io.firedrill.sandbox.wire;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.http.HttpReply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bodies of the awsJson1.1 protocol (CloudTrail), successes and errors. */
public final class JsonReplies {

  /** The content type awsJson1.1 requests carry and responses answer with. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private JsonReplies() {}

  /** A 200 with {@code body}, or {@code {}} when null. */
  public static HttpReply success(JsonNode body) {
    return HttpReply.text(200, CONTENT_TYPE, Json.write(body == null ? Json.object() : body));
  }

  /**
   * {@code {"__type": code, "message": ...}} with the code in {@code x-amzn-ErrorType} too: the
   * SDKs read either, botocore prefers the header.
   */
  public static HttpReply error(AwsException error) {
    ObjectNode body = Json.object();
    body.put("__type", error.code());
    body.put("message", error.getMessage());
    HttpReply reply =
        HttpReply.text(error.status(), CONTENT_TYPE, Json.write(body))
            .withHeader("x-amzn-ErrorType", error.code());
    // awsQueryCompatible clients (SQS) take the error's code from here.
    return error.queryCode() == null
        ? reply
        : reply.withHeader(
            "x-amzn-query-error",
            error.queryCode() + ";" + (error.senderFault() ? "Sender" : "Receiver"));
  }
}
