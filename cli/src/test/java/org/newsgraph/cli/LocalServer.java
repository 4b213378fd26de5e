package org.newsgraph.cli;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** An HTTP server on 127.0.0.1 for command-line tests; counts the requests it received. */
final class LocalServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(workers);
    server.start();
  }

  /** Serves {@code path} with {@code handler}. */
  LocalServer on(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          requests.incrementAndGet();
          try (exchange) {
            handler.handle(exchange);
          }
        });
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  static HttpHandler page(String contentType, byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    };
  }

  static HttpHandler redirect(String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(302, -1);
    };
  }

  /** Sends headers, then a byte every 100 ms for ten seconds at most. */
  static HttpHandler trickle() {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try {
        for (int i = 0; i < 100; i++) {
          exchange.getResponseBody().write("<p>".getBytes(StandardCharsets.US_ASCII));
          exchange.getResponseBody().flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
