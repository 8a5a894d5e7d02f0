package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.policy.MalformedPolicyException;
import io.firedrill.sandbox.policy.PolicyDocument;
import java.nio.charset.StandardCharsets;

/**
 * Policy documents as IAM keeps and returns them: stored as the JSON text they were given as,
 * validated by the policy engine's parser, returned percent-encoded (RFC 3986), and measured for
 * IAM's size quotas without whitespace.
 */
final class PolicyText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PolicyText() {}

  /** An identity or permissions-boundary policy, validated as IAM validates one. */
  static String identityPolicy(String json) {
    try {
      PolicyDocument.parse(json);
      return json;
    } catch (MalformedPolicyException e) {
      throw IamErrors.malformed(e.getMessage());
    }
  }

  /**
   * The document percent-encoded as IAM's API answers with it: everything but RFC 3986's unreserved
   * characters is escaped, a space as {@code %20} (never {@code +}, which RFC 3986 decoders such as
   * Python's would keep as a plus).
   */
  static String encoded(String json) {
    StringBuilder out = new StringBuilder(json.length() * 2);
    for (byte b : json.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** The size IAM's quotas count: characters other than whitespace. */
  static int size(String json) {
    int size = 0;
    for (int i = 0; i < json.length(); i++) {
      if (!Character.isWhitespace(json.charAt(i))) {
        size++;
      }
    }
    return size;
  }

  /** Throws {@code LimitExceeded} with {@code message} when {@code json} exceeds {@code limit}. */
  static void within(String json, int limit, String message) {
    if (size(json) > limit) {
      throw new AwsException(409, "LimitExceeded", message).recordedAs("LimitExceededException");
    }
  }
}
