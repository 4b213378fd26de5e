package org.newsgraph.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses: the system resolver, or a test's table. */
@FunctionalInterface
interface HostResolver {

  /** The resolver the JVM uses for connections, sharing its address cache. */
  HostResolver SYSTEM = InetAddress::getAllByName;

  /** Every address of {@code host} (a name or a literal, IPv6 literals in brackets or not). */
  InetAddress[] resolve(String host) throws UnknownHostException;
}
