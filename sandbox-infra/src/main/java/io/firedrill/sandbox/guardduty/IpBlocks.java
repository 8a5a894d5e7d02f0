package io.firedrill.sandbox.guardduty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of IPv4 and IPv6 address blocks ({@code 203.0.113.7}, {@code 185.220.100.0/22}, {@code
 * 2001:db8::/32}) and the membership test. Immutable.
 */
final class IpBlocks {

  // Only literals reach InetAddress, which would otherwise resolve a host name through DNS.
  private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

  private record Block(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Block> blocks;

  private IpBlocks(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  static IpBlocks none() {
    return new IpBlocks(List.of());
  }

  /**
   * The blocks {@code entries} write, one each.
   *
   * @throws IllegalArgumentException naming the first entry that is not an address or a block
   */
  static IpBlocks of(List<String> entries) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : entries) {
      Block block = parse(entry.trim());
      if (block == null) {
        throw new IllegalArgumentException("not an IP address or CIDR block: " + entry);
      }
      blocks.add(block);
    }
    return new IpBlocks(blocks);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Whether {@code ip} is an address inside one of the blocks; false for anything else. */
  boolean contains(String ip) {
    byte[] address = ip == null ? null : address(ip.trim());
    return address != null && blocks.stream().anyMatch(b -> b.contains(address));
  }

  private static Block parse(String text) {
    int slash = text.indexOf('/');
    byte[] address = address(slash < 0 ? text : text.substring(0, slash));
    if (address == null) {
      return null;
    }
    int prefix = address.length * 8;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        return null;
      }
      if (prefix < 0 || prefix > address.length * 8) {
        return null;
      }
    }
    return new Block(address, prefix);
  }

  private static byte[] address(String text) {
    if (text.isEmpty() || !LITERAL.matcher(text).matches()) {
      return null;
    }
    if (!text.contains(":")) {
      String[] parts = text.split("\\.", -1);
      if (parts.length != 4) {
        return null;
      }
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (parts[i].isEmpty()
            || parts[i].length() > 3
            || !parts[i].chars().allMatch(Character::isDigit)) {
          return null;
        }
        int value = Integer.parseInt(parts[i]);
        if (value > 255) {
          return null;
        }
        bytes[i] = (byte) value;
      }
      return bytes;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
