package io.firedrill.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response to send.
 *
 * @param status the status code
 * @param headers response headers (content type included)
 * @param body the response body
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

  public HttpReply {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A reply whose body is UTF-8 text. */
  public static HttpReply text(int status, String contentType, String body) {
    return new HttpReply(
        status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
  }

  /** This reply with one more header. */
  public HttpReply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HttpReply(status, more, body);
  }
}
