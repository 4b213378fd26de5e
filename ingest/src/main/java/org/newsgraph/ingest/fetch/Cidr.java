package org.newsgraph.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An address range in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}). Misuse (a range that is
 * not a literal address and a prefix length) throws {@link IllegalArgumentException}.
 */
final class Cidr {

  private final byte[] network;
  private final int prefixBits;

  private Cidr(byte[] network, int prefixBits) {
    if (prefixBits < 0 || prefixBits > network.length * 8) {
      throw new IllegalArgumentException("prefix length out of range: " + prefixBits);
    }
    this.network = network;
    this.prefixBits = prefixBits;
  }

  /** The range written as {@code address/bits}; the address must be a literal. */
  static Cidr parse(String range) {
    int slash = range.indexOf('/');
    if (slash < 0 || !isLiteral(range.substring(0, slash))) {
      throw new IllegalArgumentException("not a CIDR range: " + range);
    }
    try {
      byte[] network = InetAddress.getByName(range.substring(0, slash)).getAddress();
      return new Cidr(network, Integer.parseInt(range.substring(slash + 1)));
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR range: " + range, e);
    }
  }

  /** Whether {@code address} (4 or 16 bytes) lies in this range; other families never do. */
  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = prefixBits / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (address[whole] & mask) == (network[whole] & mask);
  }

  private static boolean isLiteral(String address) {
    return address.contains(":") || address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
