package org.newsgraph.cli;

import java.io.IOException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.server.ApiServer;
import org.newsgraph.server.web.DigestTimer;

/** What {@code serve} holds open: the validator store of API ingest, the index, the server. */
final class Serving implements AutoCloseable {

  private final SourceIngest ingest;
  private final KnowledgeBase kb;
  private final ApiServer server;
  private final DigestTimer digests;

  /** {@code digests} sends the daily digests, or is null when none are sent. */
  Serving(SourceIngest ingest, KnowledgeBase kb, ApiServer server, DigestTimer digests) {
    this.ingest = ingest;
    this.kb = kb;
    this.server = server;
    this.digests = digests;
  }

  int port() {
    return server.port();
  }

  int articles() throws IOException {
    return kb.articleCount();
  }

  @Override
  public void close() throws IOException {
    try (ingest;
        kb;
        server;
        digests) {
      // closed in reverse order: the digest timer, the server, the index, the validator store
    }
  }
}
