package io.firedrill.sandbox.s3;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an S3 operation answers: a status, headers and a raw body (XML for most operations, the
 * object's bytes for GetObject).
 */
record S3Result(int status, Map<String, String> headers, byte[] body) {

  static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  S3Result {
    headers = new LinkedHashMap<>(headers);
  }

  static S3Result empty(int status) {
    return new S3Result(status, Map.of(), new byte[0]);
  }

  /** A 200 whose body is the document {@code <root xmlns=...>inner</root>}. */
  static S3Result xml(String root, String inner) {
    String doc =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"
            + root
            + " xmlns=\""
            + NAMESPACE
            + "\">"
            + inner
            + "</"
            + root
            + ">";
    return new S3Result(
        200, Map.of("Content-Type", "application/xml"), doc.getBytes(StandardCharsets.UTF_8));
  }

  S3Result withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    if (value != null) {
      more.put(name, value);
    }
    return new S3Result(status, more, body);
  }
}
