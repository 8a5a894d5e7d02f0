package io.firedrill.sandbox.policy;

/**
 * Reads IPv4 ({@code 192.0.2.1}) and IPv6 ({@code 2001:db8::1}, {@code ::ffff:192.0.2.1}, {@code
 * [fe80::1%eth0]}) address literals into bytes, without touching DNS.
 */
final class IpLiterals {

  private IpLiterals() {}

  /** 4 or 16 bytes, or null when the text is not an address literal. */
  static byte[] parse(String text) {
    String value = text;
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    int zone = value.indexOf('%');
    if (zone >= 0) {
      value = value.substring(0, zone);
    }
    return value.indexOf(':') >= 0 ? ipv6(value) : ipv4(value);
  }

  /** An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) as the IPv4 address it carries. */
  static byte[] unmapped(byte[] address) {
    if (address == null || address.length != 16) {
      return address;
    }
    for (int i = 0; i < 10; i++) {
      if (address[i] != 0) {
        return address;
      }
    }
    if (address[10] != (byte) 0xFF || address[11] != (byte) 0xFF) {
      return address;
    }
    return new byte[] {address[12], address[13], address[14], address[15]};
  }

  // Four dot-separated decimal octets, read without split or streams: this runs on every request.
  private static byte[] ipv4(String value) {
    byte[] bytes = new byte[4];
    int octet = 0;
    int digits = 0;
    int index = 0;
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : '.';
      if (c >= '0' && c <= '9' && digits < 3) {
        octet = octet * 10 + (c - '0');
        digits++;
      } else if (c == '.' && digits > 0 && octet <= 255 && index < 4) {
        bytes[index++] = (byte) octet;
        octet = 0;
        digits = 0;
      } else {
        return null;
      }
    }
    return index == 4 ? bytes : null;
  }

  private static byte[] ipv6(String value) {
    int gap = value.indexOf("::");
    if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap < 0 ? value : value.substring(0, gap);
    String tail = gap < 0 ? "" : value.substring(gap + 2);
    int[] headGroups = groups(head);
    int[] tailGroups = groups(tail);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int count = headGroups.length + tailGroups.length;
    if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
      return null;
    }
    byte[] bytes = new byte[16];
    for (int i = 0; i < headGroups.length; i++) {
      put(bytes, i, headGroups[i]);
    }
    for (int i = 0; i < tailGroups.length; i++) {
      put(bytes, 8 - tailGroups.length + i, tailGroups[i]);
    }
    return bytes;
  }

  // Colon-separated 16-bit groups; a trailing dotted IPv4 address counts as two groups.
  private static int[] groups(String text) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    boolean dotted = parts[parts.length - 1].indexOf('.') >= 0;
    int[] groups = new int[parts.length + (dotted ? 1 : 0)];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (dotted && i == parts.length - 1) {
        byte[] v4 = ipv4(part);
        if (v4 == null) {
          return null;
        }
        groups[i] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
        groups[i + 1] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
      } else if (part.isEmpty() || part.length() > 4 || !hex(part)) {
        return null;
      } else {
        groups[i] = Integer.parseInt(part, 16);
      }
    }
    return groups;
  }

  private static boolean hex(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c >= 128 || Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void put(byte[] bytes, int group, int value) {
    bytes[group * 2] = (byte) (value >> 8);
    bytes[group * 2 + 1] = (byte) value;
  }
}
