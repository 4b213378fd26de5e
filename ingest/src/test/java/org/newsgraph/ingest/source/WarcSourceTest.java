package org.newsgraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.ingest.source.SourceFixtures.describe;
import static org.newsgraph.ingest.source.SourceFixtures.localSources;
import static org.newsgraph.ingest.source.SourceFixtures.readAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.core.Page;

class WarcSourceTest {

  private static final Instant CRAWLED = Instant.parse("2026-12-01T09:30:00Z");
  private static final String CAFE = "<html><body><p>Caf\u00e9 talks resume</p></body></html>";

  @TempDir Path dir;

  /** A Common Crawl News style archive: request, HTML response, image, redirect, gzip page. */
  private byte[] archive(WarcCompression compression) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), compression)) {
      writer.write(new WarcRequest.Builder("https://news.example/cafe").date(CRAWLED).build());
      writer.write(
          response(
              "https://news.example/cafe",
              200,
              "text/html; charset=ISO-8859-1",
              CAFE.getBytes(StandardCharsets.ISO_8859_1),
              null));
      writer.write(
          response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}, null));
      writer.write(response("https://news.example/old", 301, "text/html", new byte[0], null));
      writer.write(
          response(
              "https://news.example/zipped",
              200,
              "text/html; charset=UTF-8",
              gzip("<p>zipped story</p>"),
              "gzip"));
    }
    return bytes.toByteArray();
  }

  private static WarcResponse response(
      String target, int status, String type, byte[] body, String encoding) {
    HttpResponse.Builder http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
            .body(MediaType.parse(type), body);
    if (encoding != null) {
      http.setHeader("Content-Encoding", encoding);
    }
    try {
      return new WarcResponse.Builder(target).date(CRAWLED).body(http.build()).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file.toString();
  }

  @Test
  void htmlResponsesBecomePagesWithTargetCharsetAndDate() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = compression == WarcCompression.GZIP ? "news.warc.gz" : "news.warc";
      Source source = localSources().open(write(name, archive(compression)));

      List<SourceItem> items = readAll(source);

      assertThat(describe(items))
          .containsExactly("loaded https://news.example/cafe", "loaded https://news.example/zipped");
      SourceItem.Loaded cafe = (SourceItem.Loaded) items.get(0);
      Page page = cafe.page();
      assertThat(page.url()).isEqualTo(URI.create("https://news.example/cafe"));
      assertThat(page.contentType()).isEqualTo("text/html;charset=ISO-8859-1");
      assertThat(page.content()).isEqualTo(CAFE.getBytes(StandardCharsets.ISO_8859_1));
      assertThat(cafe.fetchedAt()).isEqualTo(CRAWLED);
      assertThat(((SourceItem.Loaded) items.get(1)).page().content())
          .isEqualTo("<p>zipped story</p>".getBytes(StandardCharsets.UTF_8));
      assertThat(source.report().kind()).isEqualTo(SourceKind.WARC);
    }
  }

  @Test
  void pagesLeftAreEstimatedFromTheBytesReadAndExactOnceRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
      for (int i = 0; i < 20; i++) {
        String html = "<p>story " + (char) ('a' + i) + "</p>";
        writer.write(
            response(
                "https://news.example/" + i,
                200,
                "text/html",
                html.getBytes(StandardCharsets.UTF_8),
                null));
      }
    }
    Source source = localSources().open(write("many.warc.gz", bytes.toByteArray()));
    assertThat(source.expected()).isEmpty();

    for (int i = 0; i < 5; i++) {
      source.next();
    }

    assertThat(source.expected().getAsInt()).isBetween(15, 25);
    assertThat(readAll(source)).hasSize(15);
    assertThat(source.expected()).hasValue(20);
  }

  @Test
  void truncatedArchiveKeepsTheRecordsBeforeTheCutAndSaysWhere() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      byte[] whole = archive(compression);
      String name = compression == WarcCompression.GZIP ? "cut.warc.gz" : "cut.warc";
      String file = write(name, Arrays.copyOf(whole, whole.length - 40));

      List<SourceItem> items = readAll(localSources().open(file));

      assertThat(describe(items)).hasSize(2);
      assertThat(describe(items).get(0)).isEqualTo("loaded https://news.example/cafe");
      SourceItem.Failed cut = (SourceItem.Failed) items.get(1);
      assertThat(cut.ref()).isEqualTo(file);
      assertThat(cut.problem())
          .startsWith("archive truncated or corrupt after byte ")
          .endsWith("; records before it were read");
    }
  }
}
