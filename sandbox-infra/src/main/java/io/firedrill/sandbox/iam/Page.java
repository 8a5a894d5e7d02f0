package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.wire.Xml;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of an IAM list, as {@code MaxItems} and {@code Marker} select it. The marker is opaque
 * to clients; here it encodes where the next page starts.
 *
 * @param items the page's items
 * @param truncated whether more items follow
 * @param marker the marker for the next page, or null when none follows
 */
record Page<T>(List<T> items, boolean truncated, String marker) {

  private static final String PREFIX = "fd1:";

  Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code call}'s MaxItems and Marker ask for. */
  static <T> Page<T> of(List<T> all, ApiCall call) {
    int max = IamParams.maxItems(call);
    int from = start(call.param("Marker"));
    int to = Math.min(all.size(), from + max);
    boolean truncated = to < all.size();
    return new Page<>(
        from >= all.size() ? List.of() : all.subList(from, to),
        truncated,
        truncated ? marker(to) : null);
  }

  /** Writes {@code IsTruncated} and, when truncated, {@code Marker}. */
  void tail(Xml xml) {
    xml.element("IsTruncated", truncated);
    if (truncated) {
      xml.element("Marker", marker);
    }
  }

  private static String marker(int next) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + next).getBytes(StandardCharsets.UTF_8));
  }

  private static int start(String marker) {
    if (marker == null) {
      return 0;
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
      if (plain.startsWith(PREFIX)) {
        int next = Integer.parseInt(plain.substring(PREFIX.length()));
        if (next >= 0) {
          return next;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through: a marker this sandbox did not issue
    }
    throw IamErrors.invalid("marker", marker, "Member must be a marker from a previous call");
  }
}
