/**
 * What ingest runs did, kept beside the index so the ingest status page can show the sources, the
 * last runs and their fetched, rejected and failed counts with reasons.
 */
package org.newsgraph.server.status;
