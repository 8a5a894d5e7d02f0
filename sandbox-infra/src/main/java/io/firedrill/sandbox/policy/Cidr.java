package io.firedrill.sandbox.policy;

import java.util.Arrays;

/**
 * An IPv4 or IPv6 address block as the {@code IpAddress} operators take it ({@code 203.0.113.0/24},
 * {@code 2001:db8::/32}; a bare address is a block of one), and the address test against it.
 *
 * <p>Addresses are read by hand rather than with {@code InetAddress.getByName}, which would resolve
 * a host name through DNS on the request path.
 */
record Cidr(byte[] network, int prefix) {

  /** The block, or null when the text is not one. */
  static Cidr parse(String text) {
    String value = text.trim();
    int slash = value.indexOf('/');
    byte[] address = IpLiterals.parse(slash < 0 ? value : value.substring(0, slash));
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String digits = value.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      prefix = Integer.parseInt(digits);
      if (prefix > bits) {
        return null;
      }
    }
    return new Cidr(address, prefix);
  }

  /** Whether the address (4 or 16 bytes, see {@link IpLiterals}) lies in this block. */
  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (address[whole] & mask) == (network[whole] & mask);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cidr cidr
        && prefix == cidr.prefix
        && Arrays.equals(network, cidr.network);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(network) + prefix;
  }
}
