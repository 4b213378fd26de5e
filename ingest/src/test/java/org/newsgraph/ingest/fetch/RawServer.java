package org.newsgraph.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

/**
 * A TCP server on 127.0.0.1 that does one thing to every connection and hangs up, for failures an
 * HTTP server would not produce.
 */
final class RawServer implements AutoCloseable {

  /** What is done to each connection before it is closed. */
  @FunctionalInterface
  interface Treatment {
    void apply(Socket connection) throws IOException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;

  RawServer(Treatment treatment) throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> serve(treatment), "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri(String scheme) {
    return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + "/");
  }

  private void serve(Treatment treatment) {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        treatment.apply(connection);
      } catch (IOException e) {
        // a closed server socket ends the loop; a failed connection is the client's to report
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
