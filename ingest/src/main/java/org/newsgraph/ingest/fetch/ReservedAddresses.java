package org.newsgraph.ingest.fetch;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are not on the public internet: loopback, unspecified, private, shared
 * (carrier-grade NAT), link-local (cloud metadata lives at 169.254.169.254), multicast and reserved
 * ranges, for IPv4 and IPv6, including IPv4 addresses written in IPv6 form ({@code
 * ::ffff:10.0.0.1}, {@code ::10.0.0.1}).
 */
final class ReservedAddresses {

  private record Range(Cidr cidr, String kind) {}

  private static final String PRIVATE = "a private address";

  private static final List<Range> IPV4 =
      List.of(
          range("127.0.0.0/8", "a loopback address"),
          range("0.0.0.0/8", "an unspecified address"),
          range("10.0.0.0/8", PRIVATE),
          range("172.16.0.0/12", PRIVATE),
          range("192.168.0.0/16", PRIVATE),
          range("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
          range("169.254.0.0/16", "a link-local address"),
          range("224.0.0.0/4", "a multicast address"),
          range("240.0.0.0/4", "a reserved address"));

  private static final List<Range> IPV6 =
      List.of(
          range("::1/128", "a loopback address"),
          range("::/128", "an unspecified address"),
          range("fc00::/7", "a private (unique local) address"),
          range("fec0::/10", "a private (site-local) address"),
          range("fe80::/10", "a link-local address"),
          range("ff00::/8", "a multicast address"));

  private ReservedAddresses() {}

  /** What kind of non-public address {@code address} is ("a loopback address"), if it is one. */
  static Optional<String> kind(InetAddress address) {
    byte[] bytes = address.getAddress();
    Optional<String> own = lookUp(bytes.length == 4 ? IPV4 : IPV6, bytes);
    if (own.isPresent() || bytes.length == 4) {
      return own;
    }
    return carriesIpv4(bytes) ? lookUp(IPV4, Arrays.copyOfRange(bytes, 12, 16)) : Optional.empty();
  }

  /** IPv4-mapped ({@code ::ffff:a.b.c.d}) and IPv4-compatible ({@code ::a.b.c.d}) addresses. */
  private static boolean carriesIpv4(byte[] ipv6) {
    for (int i = 0; i < 10; i++) {
      if (ipv6[i] != 0) {
        return false;
      }
    }
    boolean mapped = ipv6[10] == (byte) 0xFF && ipv6[11] == (byte) 0xFF;
    boolean compatible = ipv6[10] == 0 && ipv6[11] == 0;
    return mapped || compatible;
  }

  private static Optional<String> lookUp(List<Range> ranges, byte[] bytes) {
    for (Range range : ranges) {
      if (range.cidr().contains(bytes)) {
        return Optional.of(range.kind());
      }
    }
    return Optional.empty();
  }

  private static Range range(String cidr, String kind) {
    return new Range(Cidr.parse(cidr), kind);
  }
}
