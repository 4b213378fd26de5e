package org.newsgraph.cli;

import java.io.IOException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.server.ApiServer;

/** What {@code serve} holds open: the validator store of API ingest, the index, the server. */
final class Serving implements AutoCloseable {

  private final SourceIngest ingest;
  private final KnowledgeBase kb;
  private final ApiServer server;

  Serving(SourceIngest ingest, KnowledgeBase kb, ApiServer server) {
    this.ingest = ingest;
    this.kb = kb;
    this.server = server;
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
        server) {
      // closed in reverse order: the server first, then the index and the validator store
    }
  }
}
