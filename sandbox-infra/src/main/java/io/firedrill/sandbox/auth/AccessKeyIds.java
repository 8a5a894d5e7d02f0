package io.firedrill.sandbox.auth;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Access key ids and unique ids in AWS's own shape: a four-letter prefix ({@code AKIA}, {@code
 * ASIA}, {@code AIDA}, {@code AROA}...) and base32 text whose first bits encode the owning account.
 * That is how STS's GetAccessKeyInfo answers for any key without looking it up, and how the
 * sandbox's ids stay decodable by the tools responders use on real ones.
 *
 * <p>The layout: the ten bytes behind the prefix, read as a 48-bit big-endian number from their
 * first six, hold the account id in bits 7 to 46; the other bits are random.
 */
public final class AccessKeyIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final long ACCOUNT_MASK = 0x7FFF_FFFF_FF80L;

  private AccessKeyIds() {}

  /**
   * A new id: {@code prefix}, then 16 base32 characters encoding {@code accountId}, then {@code
   * extra} random base32 characters (unique ids are 21 characters long, key ids 20).
   */
  public static String generate(String prefix, String accountId, int extra) {
    long account = Long.parseLong(accountId);
    byte[] bytes = new byte[10];
    RANDOM.nextBytes(bytes);
    long head = 0;
    for (int i = 0; i < 6; i++) {
      head = (head << 8) | (bytes[i] & 0xFF);
    }
    head = (head & ~ACCOUNT_MASK) | ((account << 7) & ACCOUNT_MASK);
    for (int i = 5; i >= 0; i--) {
      bytes[i] = (byte) head;
      head >>>= 8;
    }
    StringBuilder id = new StringBuilder(prefix).append(encode(bytes));
    for (int i = 0; i < extra; i++) {
      id.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
    }
    return id.toString();
  }

  /** The account an id encodes, or empty when the id is not in AWS's shape. */
  public static OptionalLong accountOf(String id) {
    if (id == null || id.length() < 20) {
      return OptionalLong.empty();
    }
    String text = id.substring(4, 20).toUpperCase(Locale.ROOT);
    for (int i = 0; i < text.length(); i++) {
      if (BASE32.indexOf(text.charAt(i)) < 0) {
        return OptionalLong.empty();
      }
    }
    // Ten characters are 50 bits; the first 48 are the six bytes that hold the account.
    long head = 0;
    for (int i = 0; i < 10; i++) {
      head = (head << 5) | BASE32.indexOf(text.charAt(i));
    }
    return OptionalLong.of(((head >>> 2) & ACCOUNT_MASK) >>> 7);
  }

  private static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }
}
