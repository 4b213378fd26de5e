/**
 * Polite fetching on top of {@link org.newsgraph.ingest.fetch.HttpFetcher}: {@link
 * org.newsgraph.ingest.polite.PoliteFetcher} obeys each host's robots.txt (read once per host and
 * cached), spaces its requests to one host by a delay (the larger of its own and the host's
 * crawl-delay), keeps at most a few requests to one host in flight, and asks conditionally for
 * pages it knows, using the validators kept in a
 * {@link org.newsgraph.ingest.polite.ValidatorStore}.
 */
package org.newsgraph.ingest.polite;
