package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.auth.AccessKeyIds;
import java.security.SecureRandom;

/** Random identifiers in the shapes AWS uses, each encoding the account as AWS's ids do. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Ids() {}

  /** A long-term access key id: AKIA and 16 characters, 20 in all. */
  static String accessKeyId(String accountId) {
    return AccessKeyIds.generate("AKIA", accountId, 0);
  }

  /** A secret access key: 40 characters. */
  static String secretAccessKey() {
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      out.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
    }
    return out.toString();
  }

  /** An IAM user's unique id: AIDA and 17 characters, 21 in all. */
  static String userId(String accountId) {
    return AccessKeyIds.generate("AIDA", accountId, 1);
  }

  /** A group's unique id: AGPA and 17 characters. */
  static String groupId(String accountId) {
    return AccessKeyIds.generate("AGPA", accountId, 1);
  }

  /** A role's unique id: AROA and 17 characters. */
  static String roleId(String accountId) {
    return AccessKeyIds.generate("AROA", accountId, 1);
  }

  /** A managed policy's unique id: ANPA and 17 characters. */
  static String policyId(String accountId) {
    return AccessKeyIds.generate("ANPA", accountId, 1);
  }
}
