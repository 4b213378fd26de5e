package org.newsgraph.cli;

import java.io.IOException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.server.ApiServer;

/** What {@code serve} holds open: the validator store of API ingest, the index, the server. */
final class Serving implements AutoCloseable {

  private final SourceIngest ingest;
  private final KnowledgeBase kb;
  private final ApiServer server;
  private final AutoCloseable digests;

  /** {@code digests} stops sending digests; a no-op when none are sent. */
  Serving(SourceIngest ingest, KnowledgeBase kb, ApiServer server, AutoCloseable digests) {
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
        server) {
      // closed in reverse order: the server first, then the index and the validator store
      digests.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot stop sending digests: " + e.getMessage(), e);
    }
  }
}
