package io.firedrill.sandbox.http;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as received.
 *
 * @param method the request method, upper case
 * @param rawPath the path exactly as sent, still percent-encoded
 * @param rawQuery the query string exactly as sent, or empty
 * @param headers header values by lower-case name, in the order received
 * @param body the request body, empty when {@code oversized}
 * @param oversized whether the body exceeded the server's limit and was discarded
 * @param peerAddress the address of the TCP peer
 */
public record HttpCall(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    boolean oversized,
    String peerAddress) {

  public HttpCall {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Collections.unmodifiableMap(lower);
    rawQuery = rawQuery == null ? "" : rawQuery;
  }

  /** The first value of a header, or null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
