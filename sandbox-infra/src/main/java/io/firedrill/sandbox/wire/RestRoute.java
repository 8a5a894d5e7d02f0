package io.firedrill.sandbox.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One restJson operation's HTTP binding: a method and a path template such as {@code
 * /detector/{DetectorId}/findings}. A label matches one whole, non-empty path segment; its value
 * becomes the input member named by the label with a lower-case first letter ({@code detectorId}),
 * as the service's model spells the member in JSON and CloudTrail records it.
 *
 * @param method the HTTP method, upper case
 * @param template the path template
 * @param operation the operation the binding routes to
 */
public record RestRoute(String method, String template, String operation) {

  public RestRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(operation, "operation");
    if (template == null || !template.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with /: " + template);
    }
  }

  /** The path parameters when {@code rawPath} (still percent-encoded) matches, or null. */
  public Map<String, String> match(String requestMethod, String rawPath) {
    if (!method.equals(requestMethod)) {
      return null;
    }
    List<String> want = segments(template);
    List<String> got = segments(rawPath);
    if (want.size() != got.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.size(); i++) {
      String pattern = want.get(i);
      String segment = got.get(i);
      if (pattern.startsWith("{") && pattern.endsWith("}")) {
        if (segment.isEmpty()) {
          return null;
        }
        String label = pattern.substring(1, pattern.length() - 1);
        params.put(
            Character.toLowerCase(label.charAt(0)) + label.substring(1),
            URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
      } else if (!pattern.equals(segment)) {
        return null;
      }
    }
    return params;
  }

  // A trailing slash is no segment of its own: /detector/ and /detector route alike.
  private static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
  }
}
