/** Polite, bounded HTTP fetching: timeouts, size caps, bounded redirects, no private addresses. */
package org.newsgraph.ingest.fetch;
