package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.index.RecordKind;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.ingest.polite.MemoryValidatorStore;
import org.newsgraph.ingest.source.Sources;

/**
 * The ingest module's sources through the pipeline into the index: a feed and a sitemap served
 * over local HTTP, a feed pointing at a loopback address, a truncated archive, and runs again.
 */
class SourcesIngestTest {

  private static final String FEED_ETAG = "\"feed-v1\"";

  @TempDir Path tmp;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger feedBodies = new AtomicInteger();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFeedIsIngestedEndToEndAndAnUnchangedFeedIsNotFetchedAgain() throws IOException {
    Sources sources = Fixtures.sources(true, new MemoryValidatorStore());
    Path data = tmp.resolve("data");

    IngestReport first = ingest(data, new SourcePages(sources.open(url("/feed.xml"))));
    IngestReport second = ingest(data, new SourcePages(sources.open(url("/feed.xml"))));

    SourceReport feed = first.sources().get(0);
    assertThat(feed.source()).isEqualTo(url("/feed.xml"));
    assertThat(feed.count(PageOutcome.INDEXED)).as(feed.toString()).isEqualTo(2);
    assertThat(feed.reasons()).isEmpty();
    assertThat(first.totalArticles()).isEqualTo(2);
    assertThat(titles(data))
        .containsExactlyInAnyOrder(
            "Harbour plan number 1 goes to a vote", "Harbour plan number 2 goes to a vote");

    SourceReport again = second.sources().get(0);
    assertThat(again.count(PageOutcome.NOT_MODIFIED)).isEqualTo(1);
    assertThat(again.pages()).isEqualTo(1);
    assertThat(second.indexed()).isZero();
    assertThat(second.totalArticles()).isEqualTo(2);
    assertThat(feedBodies.get()).isEqualTo(1);
  }

  @Test
  void aSitemapIsIngestedAndIngestingItAgainAddsNothing() throws IOException {
    Path data = tmp.resolve("data");
    IngestReport first =
        ingest(data, new SourcePages(Fixtures.sources(true).open(url("/sitemap.xml"))));
    IngestReport second =
        ingest(data, new SourcePages(Fixtures.sources(true).open(url("/sitemap.xml"))));

    assertThat(first.sources().get(0).count(PageOutcome.INDEXED)).isEqualTo(3);
    assertThat(first.totalArticles()).isEqualTo(3);
    assertThat(second.indexed()).isZero();
    assertThat(second.sources().get(0).count(PageOutcome.ALREADY_INGESTED)).isEqualTo(3);
    assertThat(second.totalArticles()).isEqualTo(3);
  }

  @Test
  void aFeedItemAtALoopbackAddressIsRefusedWithoutAllowPrivate() throws IOException {
    Path feed = tmp.resolve("feed.xml");
    Files.writeString(feed, feed(url("/story/1")));
    Path data = tmp.resolve("data");

    IngestReport report =
        ingest(data, new SourcePages(Fixtures.sources(false).open(feed.toString())));

    SourceReport source = report.sources().get(0);
    assertThat(source.count(PageOutcome.FAILED)).isEqualTo(1);
    assertThat(source.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.page()).isEqualTo(url("/story/1"));
              assertThat(p.reason()).contains("refused").contains("loopback");
            });
    assertThat(report.indexed()).isZero();
    assertThat(requests.get()).isZero();
  }

  @Test
  void aTruncatedArchiveIngestsItsGoodRecordsAndReportsTheCut() throws IOException {
    byte[] whole = archive();
    Path warc = tmp.resolve("cut.warc");
    Files.write(warc, Arrays.copyOf(whole, whole.length - 60));
    Path data = tmp.resolve("data");

    IngestReport report =
        ingest(data, new SourcePages(Fixtures.sources(false).open(warc.toString())));

    SourceReport source = report.sources().get(0);
    assertThat(source.count(PageOutcome.INDEXED)).isEqualTo(2);
    assertThat(source.count(PageOutcome.FAILED)).isEqualTo(1);
    assertThat(source.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.page()).isEqualTo(warc.toString());
              assertThat(p.reason()).startsWith("archive truncated or corrupt after byte ");
            });
    assertThat(report.anyFailed()).isTrue();
    assertThat(report.totalArticles()).isEqualTo(2);
  }

  @Test
  void progressHearsADirectorysPagesUpFrontAndASitemapsOnceItIsRead() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("a.html"), Fixtures.storyPage(6));
    Files.writeString(site.resolve("b.html"), Fixtures.storyPage(7));
    Sources sources = Fixtures.sources(true);
    List<String> heard = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void started(int pages) {
            heard.add("started " + pages);
          }

          @Override
          public void totalChanged(int pages) {
            heard.add("total " + pages);
          }

          @Override
          public void advanced() {}

          @Override
          public void finished() {}
        };

    ingest(tmp.resolve("one"), listener, new SourcePages(sources.open(site.toString())));
    ingest(
        tmp.resolve("two"),
        listener,
        new SourcePages(sources.open(site.toString())),
        new SourcePages(sources.open(url("/sitemap.xml"))));

    assertThat(heard).containsExactly("started 2", "started -1", "total 5");
  }

  private static IngestReport ingest(Path data, ProgressListener progress, PageSource... sources)
      throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(data)) {
      return Fixtures.pipeline(writer, Fixtures.boardReading(0), 2, 10)
          .run(List.of(sources), progress);
    }
  }

  private static IngestReport ingest(Path data, PageSource source) throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(data)) {
      return Fixtures.pipeline(writer, Fixtures.boardReading(0), 2, 10)
          .run(List.of(source), ProgressListener.SILENT);
    }
  }

  private static List<String> titles(Path data) throws IOException {
    try (KnowledgeBase kb = KnowledgeBase.open(data)) {
      List<String> titles = new ArrayList<>();
      kb.forEach(
          RecordKind.ARTICLES,
          (StoredArticle a) -> titles.add(a.annotated().article().title()));
      return titles;
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/feed.xml")) {
        exchange.getResponseHeaders().set("ETag", FEED_ETAG);
        if (FEED_ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        feedBodies.incrementAndGet();
        send(exchange, "application/rss+xml", feed(url("/story/1"), url("/story/2")));
      } else if (path.equals("/sitemap.xml")) {
        String urls = sitemap(url("/story/3"), url("/story/4"), url("/story/5"));
        send(exchange, "application/xml", urls);
      } else if (path.startsWith("/story/")) {
        int i = Integer.parseInt(path.substring("/story/".length()));
        send(exchange, "text/html; charset=UTF-8", Fixtures.storyPage(i));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String feed(String... links) {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title>");
    for (String link : links) {
      rss.append("<item><title>Story</title><link>").append(link).append("</link></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static String sitemap(String... locations) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String location : locations) {
      xml.append("<url><loc>").append(location).append("</loc></url>");
    }
    return xml.append("</urlset>").toString();
  }

  /** An archive of three story pages; cutting its end damages the third. */
  private static byte[] archive() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      for (int i = 6; i <= 8; i++) {
        writer.write(record("https://harbour.example/story/" + i, Fixtures.storyPage(i)));
      }
    }
    return bytes.toByteArray();
  }

  private static WarcResponse record(String target, String html) {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(
                MediaType.parse("text/html; charset=UTF-8"),
                html.getBytes(StandardCharsets.UTF_8))
            .build();
    try {
      return new WarcResponse.Builder(target)
          .date(Instant.parse("2026-12-01T09:30:00Z"))
          .body(http)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
