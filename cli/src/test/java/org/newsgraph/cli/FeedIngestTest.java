package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} and {@code watch} on a feed over local HTTP with the real reading stage: the
 * feed's pages are indexed, an unchanged feed is asked for conditionally and costs one request,
 * and a feed naming a loopback address is refused without {@code --allow-private}.
 */
class FeedIngestTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String ETAG = "\"v1\"";

  @TempDir Path tmp;

  @Test
  void aFeedIsIngestedAndWatchingItAgainFindsItUnchanged() throws Exception {
    AtomicInteger feedBodies = new AtomicInteger();
    try (LocalServer server = new LocalServer()) {
      server
          .on("/a.html", LocalServer.page("text/html", example("harbour-talks.html")))
          .on("/b.txt", LocalServer.page("text/plain", example("wire-grain-deal.txt")))
          .on("/feed.xml", feed(server, feedBodies));
      Path data = tmp.resolve("data");

      CliRun first =
          CliRun.run(
              "ingest", "--data", data.toString(), "--allow-private", "--host-delay", "0s",
              server.url("/feed.xml"));
      CliRun watch =
          CliRun.run(
              "watch", "--once", "--data", data.toString(), "--allow-private",
              "--host-delay", "0s", server.url("/feed.xml"));

      first.assertNoStackTrace();
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.err())
          .contains(server.url("/feed.xml") + ": 2 pages, 2 fetched, 0 not modified")
          .contains("2 indexed")
          .contains("holds 2 articles");
      assertThat(watch.exitCode()).as(watch.err()).isZero();
      assertThat(watch.err())
          .contains(server.url("/feed.xml") + ": 1 pages, 0 fetched, 1 not modified")
          .contains("watch run 1: 0 articles indexed")
          .contains("holds 2 articles");
      assertThat(feedBodies.get()).isEqualTo(1);
      assertThat(Files.readString(data.resolve("ingest-runs.jsonl")))
          .contains("\"origin\":\"cli\"")
          .contains("\"origin\":\"watch\"");
    }
  }

  @Test
  void aFeedItemAtALoopbackAddressIsRefusedWithoutAllowPrivate() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("/a.html", LocalServer.page("text/html", example("harbour-talks.html")));
      Path feed = tmp.resolve("feed.xml");
      Files.writeString(feed, rss(server.url("/a.html")));

      CliRun run = CliRun.run("ingest", "--data", tmp.resolve("data").toString(), feed.toString());

      run.assertNoStackTrace();
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("1 failed").contains("refused").contains("loopback");
      assertThat(server.requests()).isZero();
    }
  }

  @Test
  void kindOverridesWhatTheNameSays() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.on("/a.html", LocalServer.page("text/html", example("harbour-talks.html")));
      Path list = tmp.resolve("links.html");
      Files.writeString(list, "# today's links\n" + server.url("/a.html") + "\n");

      CliRun run =
          CliRun.run(
              "ingest", "--data", tmp.resolve("data").toString(), "--allow-private",
              "--host-delay", "0s", "--kind", "url-list", list.toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains(list + ": 1 pages, 1 fetched").contains("1 indexed");
    }
  }

  private static HttpHandler feed(LocalServer server, AtomicInteger bodies) {
    return exchange -> {
      exchange.getResponseHeaders().set("ETag", ETAG);
      if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      bodies.incrementAndGet();
      byte[] body =
          rss(server.url("/a.html"), server.url("/b.txt")).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    };
  }

  private static String rss(String... links) {
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
    for (String link : links) {
      rss.append("<item><title>x</title><link>").append(link).append("</link></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static byte[] example(String name) throws Exception {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }
}
