package io.firedrill.sandbox.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}
 * header.
 *
 * @param accessKeyId the key id from the credential scope
 * @param date the scope's date, {@code yyyyMMdd}
 * @param region the scope's region
 * @param service the scope's service name, which routes the request
 * @param signedHeaders the signed header names, lower case
 * @param signature the hex signature
 */
public record SigV4Header(
    String accessKeyId,
    String date,
    String region,
    String service,
    List<String> signedHeaders,
    String signature) {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private static final Pattern SHAPE =
      Pattern.compile(
          "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request"
              + "\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-fA-F]{64})\\s*");
  private static final Pattern SERVICE =
      Pattern.compile("Credential=[^/,\\s]+/\\d{8}/[^/,\\s]+/([^/,\\s]+)/");

  public SigV4Header {
    signedHeaders = List.copyOf(signedHeaders);
  }

  /** Parses a header value; throws {@link AuthFailure} of kind INCOMPLETE when it is malformed. */
  public static SigV4Header parse(String value) {
    if (value == null || !value.startsWith(ALGORITHM)) {
      throw new AuthFailure(
          AuthFailure.Kind.INCOMPLETE,
          "Authorization header requires the " + ALGORITHM + " algorithm.");
    }
    Matcher matcher = SHAPE.matcher(value);
    if (!matcher.matches()) {
      throw new AuthFailure(
          AuthFailure.Kind.INCOMPLETE,
          "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature'"
              + " parameters. Authorization="
              + value.split("Signature=")[0].trim());
    }
    List<String> headers =
        Arrays.stream(matcher.group(5).split(";")).map(h -> h.toLowerCase(Locale.ROOT)).toList();
    return new SigV4Header(
        matcher.group(1),
        matcher.group(2),
        matcher.group(3),
        matcher.group(4),
        headers,
        matcher.group(6).toLowerCase(Locale.ROOT));
  }

  /**
   * The service name of a header that may be malformed, or null: the gateway needs it to pick the
   * protocol an error is written in before it knows whether the header parses.
   */
  public static String serviceOf(String value) {
    if (value == null) {
      return null;
    }
    Matcher matcher = SERVICE.matcher(value);
    return matcher.find() ? matcher.group(1) : null;
  }
}
