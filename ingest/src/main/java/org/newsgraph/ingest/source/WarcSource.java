package org.newsgraph.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.ByteCounts;

/**
 * The HTML pages in a WARC or WARC.gz archive (as Common Crawl News writes them): each successful
 * (2xx) HTTP response record whose content is HTML becomes a page with the record's target URI, the
 * HTTP {@code Content-Type} (charset included), the body with any content encoding undone, and the
 * record's date. Other records (requests, metadata, redirects, images) are passed over. An archive
 * cut short or corrupt ends with one failure naming the byte offset; the pages before it are kept.
 * How many pages remain is estimated from the share of the file read so far.
 */
final class WarcSource extends CountingSource {

  private final Path path;
  private final long maxBytes;
  private WarcReader reader;
  private long size;
  private boolean ended;

  WarcSource(String name, Path path, long maxBytes) {
    super(name);
    this.path = path;
    this.maxBytes = maxBytes;
  }

  @Override
  Optional<SourceItem> produce() {
    if (ended) {
      return Optional.empty();
    }
    long position = 0;
    try {
      if (reader == null) {
        reader = new WarcReader(path);
        size = Files.size(path);
      }
      while (true) {
        position = reader.position();
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          ended = true;
          return Optional.empty();
        }
        if (record.get() instanceof WarcResponse response) {
          Optional<SourceItem> page = page(response);
          if (page.isPresent()) {
            return page;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      ended = true;
      return Optional.of(new SourceItem.Failed(name(), damaged(position, e)));
    }
  }

  @Override
  OptionalInt remaining() {
    if (reader == null || ended) {
      return OptionalInt.empty();
    }
    long position = reader.position();
    if (position <= 0) {
      return OptionalInt.empty();
    }
    double perByte = (double) yielded() / position;
    return OptionalInt.of((int) Math.round(perByte * Math.max(0, size - position)));
  }

  private Optional<SourceItem> page(WarcResponse response) throws IOException {
    if (!isHttp(response.targetURI())) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    if (http.status() / 100 != 2 || !isHtml(http.contentType())) {
      return Optional.empty();
    }
    String target = response.target();
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) maxBytes + 1);
    }
    if (body.length > maxBytes) {
      return Optional.of(
          new SourceItem.Failed(target, "larger than " + ByteCounts.describe(maxBytes)));
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    Page page = new Page(target, response.targetURI(), body, contentType);
    return Optional.of(new SourceItem.Loaded(page, response.date()));
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  private static boolean isHtml(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static String damaged(long position, Exception e) {
    return String.format(
        Locale.ROOT,
        "archive truncated or corrupt after byte %,d (%s); records before it were read",
        position,
        Problems.oneLine(e));
  }

  @Override
  public SourceKind kind() {
    return SourceKind.WARC;
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // Closing a file only read from loses nothing.
      }
    }
  }
}
