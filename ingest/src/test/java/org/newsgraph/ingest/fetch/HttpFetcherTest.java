package org.newsgraph.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.newsgraph.ingest.fetch.LocalServer.html;
import static org.newsgraph.ingest.fetch.LocalServer.redirect;
import static org.newsgraph.ingest.fetch.LocalServer.respond;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;

class HttpFetcherTest {

  private static final FetchSettings LOCAL =
      FetchSettings.defaults().withAllowPrivate(true).withRequestTimeout(Duration.ofSeconds(2));

  private final LocalServer server;

  HttpFetcherTest() throws IOException {
    server = LocalServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void fetchesPageWithServersContentTypeAndPoliteHeaders() throws Exception {
    byte[] latin1 = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    server.on("/story", respond(200, "text/html; charset=ISO-8859-1", latin1));
    URI uri = server.uri("/story");

    Page page = new HttpFetcher(LOCAL).fetch(uri);

    assertThat(page.content()).isEqualTo(latin1);
    assertThat(page.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
    assertThat(page.source()).isEqualTo(uri.toString());
    assertThat(page.url()).isEqualTo(uri);
    var headers = server.received().get(0).getRequestHeaders();
    assertThat(headers.getFirst("User-Agent")).isEqualTo(FetchSettings.USER_AGENT);
    assertThat(headers.getFirst("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void reportsHttpErrorStatus() {
    server.on(
        "/missing", respond(404, "text/html", "<h1>gone</h1>".getBytes(StandardCharsets.UTF_8)));
    URI uri = server.uri("/missing");

    assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(uri))
        .isInstanceOf(PageLoadException.class)
        .hasMessage(uri + ": HTTP 404 Not Found");
  }

  @Test
  void followsRelativeRedirectsAndReportsFinalAddress() throws Exception {
    server.on("/old", redirect("new/place?id=7")).on("/new/place", html("<p>moved here</p>"));
    URI start = server.uri("/old");

    Page page = new HttpFetcher(LOCAL).fetch(start);

    assertThat(new String(page.content(), StandardCharsets.UTF_8)).isEqualTo("<p>moved here</p>");
    assertThat(page.source()).isEqualTo(start.toString());
    assertThat(page.url()).isEqualTo(server.uri("/new/place?id=7"));
  }

  @Test
  void stopsAtRedirectLoop() {
    server.on("/a", redirect("/b")).on("/b", redirect("/a"));
    URI start = server.uri("/a");

    assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(start))
        .hasMessage(start + ": redirect loop at " + start);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void stopsAfterTooManyRedirects() {
    for (int i = 0; i < 8; i++) {
      server.on("/hop" + i, redirect("/hop" + (i + 1)));
    }
    URI start = server.uri("/hop0");

    assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(start))
        .hasMessage(start + ": too many redirects (5)");
    assertThat(server.received()).hasSize(6);
  }

  @Test
  void followsNoRedirectWhenNoneAreAllowed() {
    server.on("/old", redirect("/new")).on("/new", html("<p>moved</p>"));

    assertThatThrownBy(() -> new HttpFetcher(LOCAL.withMaxRedirects(0)).fetch(server.uri("/old")))
        .hasMessageEndingWith(": too many redirects (0)");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void refusesRedirectToAnotherScheme() {
    server.on("/ftp", redirect("ftp://files.example/story.html"));

    assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(server.uri("/ftp")))
        .hasMessageEndingWith(
            ": only http and https URLs can be fetched, not ftp"
                + " (redirected to ftp://files.example/story.html)");
  }

  @Test
  void timesOutOnServerThatTricklesForever() {
    server.on("/slow", LocalServer.trickle());
    FetchSettings oneSecond = LOCAL.withRequestTimeout(Duration.ofSeconds(1));

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> new HttpFetcher(oneSecond).fetch(server.uri("/slow")))
                .hasMessageEndingWith(": timed out after 1 s"));
  }

  @Test
  void timesOutOnServerThatNeverAnswers() {
    server.on(
        "/silent",
        exchange -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FetchSettings oneSecond = LOCAL.withRequestTimeout(Duration.ofSeconds(1));

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> new HttpFetcher(oneSecond).fetch(server.uri("/silent")))
                .hasMessageEndingWith(": timed out after 1 s"));
  }

  @Test
  void abortsBodyPastSizeCapWhileStreaming() {
    server.on(
        "/big",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[1024];
          for (int i = 0; i < 4096; i++) {
            exchange.getResponseBody().write(chunk);
          }
        });
    FetchSettings small = LOCAL.withMaxBytes(64 * 1024);

    assertThatThrownBy(() -> new HttpFetcher(small).fetch(server.uri("/big")))
        .hasMessageEndingWith(": larger than 64 KiB");
  }

  @Test
  void refusesDeclaredLengthPastSizeCap() {
    server.on("/declared", respond(200, "text/html", new byte[2048]));

    assertThatThrownBy(
            () -> new HttpFetcher(LOCAL.withMaxBytes(1024)).fetch(server.uri("/declared")))
        .hasMessageEndingWith(": larger than 1 KiB");
  }

  @Test
  void decodesGzipBody() throws Exception {
    String html = "<p>" + "compressed words ".repeat(200) + "</p>";
    server.on("/gz", gzipped(html.getBytes(StandardCharsets.UTF_8)));

    Page page = new HttpFetcher(LOCAL).fetch(server.uri("/gz"));

    assertThat(new String(page.content(), StandardCharsets.UTF_8)).isEqualTo(html);
  }

  @Test
  void capsDecodedSizeOfCompressedBody() throws Exception {
    byte[] zeros = new byte[4 * 1024 * 1024];
    server.on("/bomb", gzipped(zeros));
    FetchSettings small = LOCAL.withMaxBytes(1024 * 1024);

    assertThatThrownBy(() -> new HttpFetcher(small).fetch(server.uri("/bomb")))
        .hasMessageEndingWith(": larger than 1 MiB");
  }

  @Test
  void reportsRefusedConnection() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/");

    assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(uri))
        .hasMessage(uri + ": connection refused");
  }

  @Test
  void reportsServerThatHangsUpWithoutAnswer() throws Exception {
    try (RawServer raw = new RawServer(connection -> connection.getInputStream().read())) {
      URI uri = raw.uri("http");

      assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(uri))
          .hasMessage(uri + ": the server closed the connection without a full response");
    }
  }

  @Test
  void reportsTlsFailure() throws Exception {
    byte[] plain =
        "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    try (RawServer raw = new RawServer(connection -> connection.getOutputStream().write(plain))) {
      URI uri = raw.uri("https");

      assertThatThrownBy(() -> new HttpFetcher(LOCAL).fetch(uri))
          .hasMessageStartingWith(uri + ": TLS failed: ");
    }
  }

  @Test
  void refusesLoopbackBeforeConnecting() {
    server.on("/", html("<p>private</p>"));
    URI uri = server.uri("/");

    assertThatThrownBy(() -> new HttpFetcher(FetchSettings.defaults()).fetch(uri))
        .hasMessage(
            uri + ": refused: 127.0.0.1 is a loopback address (use --allow-private to allow)");
    assertThat(server.received()).isEmpty();
  }

  @Test
  void checksEveryRedirectHop() {
    // The resolver vouches for the test server's address, as DNS would for a public site, so
    // the first hop goes through and the redirect to the metadata service is what is refused.
    HostResolver loopbackLooksPublic =
        host ->
            host.equals("127.0.0.1")
                ? new InetAddress[] {
                  InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})
                }
                : InetAddress.getAllByName(host);
    server.on("/innocent", redirect("http://169.254.169.254/latest/meta-data/"));

    assertThatThrownBy(
            () ->
                new HttpFetcher(FetchSettings.defaults(), loopbackLooksPublic)
                    .fetch(server.uri("/innocent")))
        .hasMessageEndingWith(
            ": refused: 169.254.169.254 is a link-local address (use --allow-private to allow)"
                + " (redirected to http://169.254.169.254/latest/meta-data/)");
    assertThat(server.received()).hasSize(1);
  }

  @Test
  void reportsHostThatDoesNotResolve() {
    HostResolver nothingResolves =
        host -> {
          throw new java.net.UnknownHostException(host);
        };
    URI uri = URI.create("http://example.invalid/story");

    assertThatThrownBy(() -> new HttpFetcher(LOCAL, nothingResolves).fetch(uri))
        .hasMessage(uri + ": cannot resolve host example.invalid");
  }

  private static com.sun.net.httpserver.HttpHandler gzipped(byte[] body) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
      gzip.write(body);
    }
    byte[] compressed = buffer.toByteArray();
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalServer.send(exchange, 200, Arrays.copyOf(compressed, compressed.length));
    };
  }
}
