package io.firedrill.sandbox.wire;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.http.HttpReply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The bodies of the restJson1 protocol (GuardDuty), successes and errors. */
public final class RestJsonReplies {

  /** The content type restJson1 bodies travel with. */
  public static final String CONTENT_TYPE = "application/json";

  private RestJsonReplies() {}

  /** A 200 with {@code body}, or {@code {}} when null. */
  public static HttpReply success(JsonNode body) {
    return HttpReply.text(200, CONTENT_TYPE, Json.write(body == null ? Json.object() : body));
  }

  /**
   * {@code {"message": ..., "__type": code}} with the code in {@code x-amzn-ErrorType}: restJson
   * clients (SDK v2, botocore) take the code from the header first, the body's {@code __type} when
   * the header is missing.
   */
  public static HttpReply error(AwsException error) {
    ObjectNode body = Json.object();
    body.put("message", error.getMessage());
    body.put("__type", error.code());
    return HttpReply.text(error.status(), CONTENT_TYPE, Json.write(body))
        .withHeader("x-amzn-ErrorType", error.code());
  }
}
