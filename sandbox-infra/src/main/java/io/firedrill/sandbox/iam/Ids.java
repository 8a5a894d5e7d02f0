package io.firedrill.sandbox.iam;

import java.security.SecureRandom;

/** Random identifiers in the shapes AWS uses. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Ids() {}

  /** A long-term access key id: AKIA and 16 upper-case letters or digits. */
  static String accessKeyId() {
    return "AKIA" + random(UPPER_ALNUM, 16);
  }

  /** A secret access key: 40 characters. */
  static String secretAccessKey() {
    return random(SECRET_ALPHABET, 40);
  }

  /** An IAM user's unique id: AIDA and 17 upper-case letters or digits, 21 in all. */
  static String userId() {
    return "AIDA" + random(UPPER_ALNUM, 17);
  }

  private static String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
