package org.newsgraph.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 for fetch tests; remembers the requests it received. */
public final class LocalServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final List<HttpExchange> received = new CopyOnWriteArrayList<>();

  private LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(workers);
    server.start();
  }

  public static LocalServer start() throws IOException {
    return new LocalServer();
  }

  /** Serves {@code path} (and everything under it) with {@code handler}. */
  public LocalServer on(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          received.add(exchange);
          try (exchange) {
            handler.handle(exchange);
          }
        });
    return this;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The requests received so far, in order. */
  public List<HttpExchange> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  /** A handler answering {@code status} with {@code body} of {@code contentType}. */
  public static HttpHandler respond(int status, String contentType, byte[] body) {
    return exchange -> {
      if (contentType != null) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
      }
      send(exchange, status, body);
    };
  }

  public static HttpHandler html(String html) {
    return respond(200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A handler redirecting to {@code location} with status 302. */
  public static HttpHandler redirect(String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      send(exchange, 302, "moved".getBytes(StandardCharsets.US_ASCII));
    };
  }

  /** A handler that sends headers and then one byte every 100 ms, for ten seconds at most. */
  public static HttpHandler trickle() {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      try {
        for (int i = 0; i < 100; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }
}
