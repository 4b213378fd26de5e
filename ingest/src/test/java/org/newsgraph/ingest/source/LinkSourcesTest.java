package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.fetch.LocalServer.html;
import static org.newsgraph.ingest.fetch.LocalServer.respond;
import static org.newsgraph.ingest.source.SourceFixtures.describe;
import static org.newsgraph.ingest.source.SourceFixtures.fixture;
import static org.newsgraph.ingest.source.SourceFixtures.localSources;
import static org.newsgraph.ingest.source.SourceFixtures.readAll;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.LocalServer;
import org.newsgraph.ingest.polite.MemoryValidatorStore;

class LinkSourcesTest {

  @TempDir Path dir;

  private final LocalServer server;
  private final String base;

  LinkSourcesTest() throws IOException {
    server = LocalServer.start();
    base = server.uri("").toString();
    server
        .on("/robots.txt", respond(200, "text/plain", bytes("User-agent: *\nDisallow: /private/")))
        .on("/news/", html("<html><body><p>story</p></body></html>"));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private HttpHandler xml(String fixture) {
    return respond(200, "text/xml", bytes(fixture(fixture, server)));
  }

  private String file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void feedFileYieldsItsItemsPagesOnceEachWithEachProblemReported() throws IOException {
    String feed = file("wire.xml", fixture("rss.xml", server));
    Source source = localSources().open(feed);

    List<SourceItem> items = readAll(source);

    assertThat(describe(items))
        .containsExactly(
            "loaded " + base + "/news/summit",
            "loaded " + base + "/news/markets",
            "failed " + feed + " item 3 (No link here): item has no link",
            "failed " + base + "/private/memo: disallowed by robots.txt");
    SourceReport report = source.report();
    assertThat(report.kind()).isEqualTo(SourceKind.FEED);
    assertThat(report.summary()).isEqualTo(feed + " (feed): 2 loaded, 0 not modified, 2 failed");
  }

  @Test
  void feedUrlIsRecognisedByItsContentAndItsRelativeLinksResolved() {
    server.on("/feeds/atom", xml("atom.xml"));
    Source source = localSources().open(base + "/feeds/atom");

    assertThat(describe(readAll(source))).containsExactly("loaded " + base + "/news/election");
    assertThat(source.kind()).isEqualTo(SourceKind.FEED);
  }

  @Test
  void malformedFeedIsOneClearFailure() throws IOException {
    String feed = file("broken.rss", fixture("broken-feed.xml", server));

    List<String> items = describe(readAll(localSources().open(feed)));

    assertThat(items).hasSize(1);
    assertThat(items.get(0)).startsWith("failed " + feed + ": malformed feed: ");
  }

  @Test
  void feedPointingAtMetadataLoopbackOrPrivateAddressesIsRefusedWithoutAllowPrivate()
      throws IOException {
    String feed = file("trap.xml", fixture("ssrf-feed.xml", server));
    Sources guarded =
        SourceFixtures.sources(
            FetchSettings.defaults(), new MemoryValidatorStore(), SourceLimits.defaults());

    List<String> items = describe(readAll(guarded.open(feed)));

    String allow = " (use --allow-private to allow)";
    assertThat(items)
        .containsExactly(
            "failed http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a"
                + " link-local address"
                + allow,
            "failed " + base + "/news/local: refused: 127.0.0.1 is a loopback address" + allow,
            "failed http://10.0.0.7/admin: refused: 10.0.0.7 is a private address" + allow);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void sitemapIndexLeadsToEachSitemapOnceAndReportsTheMissingOne() throws IOException {
    server
        .on("/sitemaps/news.xml", xml("news-sitemap.xml"))
        .on("/sitemaps/pages.xml", xml("pages-sitemap.xml"))
        .on("/sitemaps/missing.xml", respond(404, "text/html", bytes("gone")));
    String index = file("sitemap-index.xml", fixture("sitemap-index.xml", server));

    List<String> items = describe(readAll(localSources().open(index)));

    assertThat(items)
        .containsExactly(
            "loaded " + base + "/news/summit",
            "loaded " + base + "/news/markets",
            "loaded " + base + "/news/election",
            "loaded " + base + "/news/weather",
            "loaded " + base + "/news/sport",
            "failed " + base + "/sitemaps/missing.xml: sitemap: HTTP 404 Not Found");
  }

  @Test
  void sitemapStopsAtTheUrlCapAndSaysSo() throws IOException {
    server.on("/sitemap.xml", xml("pages-sitemap.xml"));
    Sources capped =
        SourceFixtures.sources(
            SourceFixtures.LOCAL,
            new MemoryValidatorStore(),
            SourceLimits.defaults().withMaxSitemapUrls(2));
    String url = base + "/sitemap.xml";

    Source source = capped.open(url, Optional.of(SourceKind.SITEMAP));

    assertThat(describe(readAll(source)))
        .containsExactly(
            "loaded " + base + "/news/election",
            "loaded " + base + "/news/weather",
            "failed " + url + ": URL cap of 2 reached; later sitemap URLs not read");
  }

  @Test
  void malformedSitemapIsOneClearFailure() throws IOException {
    String sitemap = file("sitemap.xml", fixture("broken-sitemap.xml", server));

    List<String> items = describe(readAll(localSources().open(sitemap)));

    assertThat(items).hasSize(1);
    assertThat(items.get(0)).startsWith("failed " + sitemap + ": malformed sitemap: ");
  }

  @Test
  void urlListFileIsFetchedLineByLine() throws IOException {
    String list =
        file("urls.txt", "# today\n" + base + "/news/a\nnot a url\n" + base + "/news/b # wire\n");
    Source source = localSources().open(list, Optional.of(SourceKind.URL_LIST));

    assertThat(describe(readAll(source)))
        .containsExactly(
            "loaded " + base + "/news/a",
            "failed " + list + " line 3: not an http(s) URL: not a url",
            "loaded " + base + "/news/b");
  }
}
