package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.fetch.LocalServer.html;
import static org.newsgraph.ingest.source.SourceFixtures.describe;
import static org.newsgraph.ingest.source.SourceFixtures.localSources;
import static org.newsgraph.ingest.source.SourceFixtures.readAll;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.fetch.LocalServer;
import org.newsgraph.ingest.fetch.Validators;
import org.newsgraph.ingest.polite.MemoryValidatorStore;

class SourcesTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void detectsFileKindsByContentAndExtension() throws IOException {
    assertThat(Sources.detect(file("a.xml", "<rss version='2.0'><channel/></rss>")))
        .isEqualTo(SourceKind.FEED);
    assertThat(Sources.detect(file("b", "<urlset xmlns='s'/>"))).isEqualTo(SourceKind.SITEMAP);
    assertThat(Sources.detect(file("c.txt", "https://a.example/1\n"))).isEqualTo(SourceKind.URL_LIST);
    assertThat(Sources.detect(file("d.txt", "A plain story.\n"))).isEqualTo(SourceKind.PAGE);
    assertThat(Sources.detect(file("e.html", "<!doctype html><p>x"))).isEqualTo(SourceKind.PAGE);
    assertThat(Sources.detect(file("f.warc.gz", "not even gzip"))).isEqualTo(SourceKind.WARC);
  }

  @Test
  void directoryYieldsItsPageFilesAndAnExplicitKindOverridesSniffing() throws IOException {
    file("site/a.html", "<p>a</p>");
    file("site/b/c.txt", "https://a.example/not-a-list-here\n");
    file("site/skip.css", "p{}");

    Source directory = localSources().open(dir.resolve("site").toString());
    assertThat(describe(readAll(directory)))
        .containsExactly(
            "loaded " + dir.resolve("site/a.html"), "loaded " + dir.resolve("site/b/c.txt"));
    assertThat(directory.kind()).isEqualTo(SourceKind.DIRECTORY);

    String list = dir.resolve("site/b/c.txt").toString();
    Source asPage = localSources().open(list, Optional.of(SourceKind.PAGE));
    assertThat(describe(readAll(asPage))).containsExactly("loaded " + list);
  }

  @Test
  void directoryCountsItsPageFilesBeforeReadingAndUrlListItsLinesOnceRead() throws IOException {
    file("site/a.html", "<p>a</p>");
    file("site/b.html", "<p>b</p>");
    file("site/c/d.txt", "A plain story.");
    Path list =
        file(
            "urls.txt",
            "# news\nhttp://127.0.0.1:9/1\nhttp://127.0.0.1:9/2\nhttp://127.0.0.1:9/1\nnot a url\n");

    Source directory = localSources().open(dir.resolve("site").toString());
    assertThat(directory.expected()).isEqualTo(OptionalInt.of(3));
    directory.next();
    assertThat(directory.expected()).isEqualTo(OptionalInt.of(3));

    Source urls = localSources().open(list.toString(), Optional.of(SourceKind.URL_LIST));
    assertThat(urls.expected()).isEmpty();
    urls.next();
    assertThat(urls.expected()).isEqualTo(OptionalInt.of(3));
    assertThat(readAll(urls)).hasSize(2);
    assertThat(urls.expected()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void unusableArgumentsAreOneFailureEach() {
    String missing = dir.resolve("nowhere.xml").toString();
    assertThat(describe(readAll(localSources().open(missing))))
        .containsExactly("failed " + missing + ": no such file or directory");
    assertThat(describe(readAll(localSources().open("ftp://a.example/feed"))))
        .containsExactly("failed ftp://a.example/feed: only http and https URLs can be read, not ftp");
    assertThat(describe(readAll(localSources().open(dir.toString(), Optional.of(SourceKind.FEED)))))
        .containsExactly("failed " + dir + ": a directory cannot be read as feed");
  }

  @Test
  void urlServingAPageIsThatPageAndIsAskedForConditionallyOnceRemembered() throws IOException {
    try (LocalServer server = LocalServer.start()) {
      server.on(
          "/story",
          exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
              LocalServer.send(exchange, 304, new byte[0]);
              return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            html("<html><p>story</p></html>").handle(exchange);
          });
      URI story = server.uri("/story");
      MemoryValidatorStore store = new MemoryValidatorStore();
      Sources sources = SourceFixtures.sources(SourceFixtures.LOCAL, store, SourceLimits.defaults());

      Source first = sources.open(story.toString());
      Optional<SourceItem> page = first.next();
      assertThat(page).containsInstanceOf(SourceItem.Loaded.class);
      assertThat(first.kind()).isEqualTo(SourceKind.PAGE);
      first.close();
      assertThat(store.get(story)).as("not read to its end").isEqualTo(Validators.NONE);

      assertThat(describe(readAll(sources.open(story.toString()))))
          .containsExactly("loaded " + story);
      assertThat(store.get(story)).isEqualTo(new Validators("\"v1\"", null));

      Source again = sources.open(story.toString());
      List<SourceItem> items = readAll(again);
      assertThat(describe(items)).containsExactly("not modified " + story);
      assertThat(again.report().notModified()).isEqualTo(1);
    }
  }
}
