package org.newsgraph.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses to fetch from addresses that are not on the public internet (see {@link
 * ReservedAddresses}) unless private addresses are allowed. A host is refused when any of its
 * addresses is non-public, so a name with one public and one private record cannot slip through.
 *
 * <p>DNS rebinding: the check resolves the host just before the request, and the HTTP client
 * resolves it again when it connects. With the system resolver both look-ups go through the JVM's
 * address cache, which keeps an answer for 30 s whatever TTL the DNS server gave ({@code
 * networkaddress.cache.ttl}), so both see the same addresses unless the cached entry expires in the
 * moments between them. That window is the remaining gap (it widens if the cache is switched off);
 * closing it needs a resolver hook in the HTTP client, which arrives with Java 18's {@code
 * InetAddressResolverProvider}.
 */
final class AddressGuard {

  private final HostResolver resolver;
  private final boolean allowPrivate;

  AddressGuard(HostResolver resolver, boolean allowPrivate) {
    this.resolver = resolver;
    this.allowPrivate = allowPrivate;
  }

  /** Resolves the host of {@code uri} before {@code deadline} and checks its addresses. */
  void check(URI uri, Deadline deadline) throws FetchProblem {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchProblem("URL has no host");
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = TimedLookup.resolve(resolver, bare, deadline);
    } catch (UnknownHostException e) {
      throw new FetchProblem("cannot resolve host " + bare, e);
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress address : addresses) {
      Optional<String> kind = ReservedAddresses.kind(address);
      if (kind.isPresent()) {
        String shown = address.getHostAddress();
        String what =
            isLiteral(bare, address)
                ? bare + " is " + kind.get()
                : bare + " resolves to " + shown + ", " + kind.get();
        throw new FetchProblem("refused: " + what + " (use --allow-private to allow)");
      }
    }
  }

  private static boolean isLiteral(String host, InetAddress address) {
    return host.contains(":") || host.equals(address.getHostAddress());
  }
}
