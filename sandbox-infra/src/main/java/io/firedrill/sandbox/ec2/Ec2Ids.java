package io.firedrill.sandbox.ec2;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Resource ids in EC2's shape: a prefix, a dash and 17 hex digits ({@code i-0abc...}). */
final class Ec2Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern INSTANCE = Pattern.compile("i-([0-9a-f]{8}|[0-9a-f]{17})");

  private Ec2Ids() {}

  static String next(String prefix) {
    StringBuilder id = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 17; i++) {
      id.append(Character.forDigit(RANDOM.nextInt(16), 16));
    }
    return id.toString();
  }

  static boolean isInstanceId(String id) {
    return INSTANCE.matcher(id).matches();
  }
}
