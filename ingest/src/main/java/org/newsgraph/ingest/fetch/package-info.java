/**
 * Polite, bounded HTTP fetching. {@link org.newsgraph.ingest.fetch.HttpFetcher} follows redirects
 * itself so that every hop passes the address guard (no loopback, private, link-local or other
 * non-public addresses unless allowed), keeps one deadline for the whole fetch, body included, caps
 * the body while it streams and once decoded, and turns each failure into one line a user can act
 * on ("HTTP 404 Not Found", "timed out after 30 s", "redirect loop at URL").
 */
package org.newsgraph.ingest.fetch;
